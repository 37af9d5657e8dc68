using NodaTime;

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

    /// <summary>
    /// Why a notice from <paramref name="code"/> cannot count on <paramref name="day"/>: it is not an English NHS body in
    /// the register (Welsh bodies are left out, rules.md §3.5), or it was not open that day. Null when it can.
    /// </summary>
    public RegisterRefusal? Refusal(string code, LocalDate? day)
    {
        var body = Find(code);
        return body is null
            ? new RegisterRefusal(false, $"'{code}' is not in the NHS body register (version {Version}): only NHS trusts and foundation trusts in England are, by ODS organisation code.")
            : RegisterRefusal.OutOfUse(code, body.Name, body.From, body.To, day);
    }

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
