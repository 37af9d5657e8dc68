namespace Discharge.Domain.NhsBodies;

/// <summary>
/// The versioned register of NHS bodies that may give notices: a notice from a code outside it, or from a body
/// that did not exist on the day the notice counts as given, is refused.
/// </summary>
public sealed class NhsBodyRegister
{
    public const string FileName = "nhs-bodies-england.json";

    private readonly Dictionary<string, NhsBody> byCode;

    public NhsBodyRegister(string version, IEnumerable<NhsBody> bodies)
    {
        Version = version;
        Bodies = bodies.ToArray();
        byCode = CodeIndex.Of(Bodies, body => body.Code, "NHS body");
    }

    public string Version { get; }

    public IReadOnlyList<NhsBody> Bodies { get; }

    public NhsBody? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>Reads <c>{ version, description, bodies: [{ code, name, from, to }] }</c>.</summary>
    public static NhsBodyRegister Load(Stream json, string file = FileName) =>
        JsonFields.Parse(json, file, root => new NhsBodyRegister(
            root.String("version"),
            root.Array("bodies", body => new NhsBody(
                body.String("code"),
                body.String("name"),
                body.OptionalDate("from"),
                body.OptionalDate("to")))));
}
