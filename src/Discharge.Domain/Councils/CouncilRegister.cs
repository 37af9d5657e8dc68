using NodaTime;

namespace Discharge.Domain.Councils;

/// <summary>
/// The versioned register of English councils with social services responsibilities. Councils outside it
/// (Welsh, Scottish, unknown) are outside the scheme (rules.md §3.5).
/// </summary>
public sealed class CouncilRegister
{
    public const string FileName = "councils-england.json";

    private static readonly Dictionary<string, CouncilKind> Kinds = new()
    {
        ["county"] = CouncilKind.County,
        ["metropolitan-district"] = CouncilKind.MetropolitanDistrict,
        ["london-borough"] = CouncilKind.LondonBorough,
        ["unitary"] = CouncilKind.Unitary,
    };

    private readonly Dictionary<string, Council> byCode;

    public CouncilRegister(string version, IEnumerable<Council> councils)
    {
        Version = version;
        Councils = councils.ToArray();
        byCode = CodeIndex.Of(Councils, council => council.Code, "Council");
    }

    public string Version { get; }

    public IReadOnlyList<Council> Councils { get; }

    public Council? Find(string code) => byCode.GetValueOrDefault(code);

    public bool Contains(string code) => byCode.ContainsKey(code);

    /// <summary>
    /// Why <paramref name="code"/> cannot be the responsible council on <paramref name="day"/>: it is not an English
    /// council in the register (rules.md §3.5), or it was abolished or not yet created then. Null when it can.
    /// </summary>
    public RegisterRefusal? Refusal(string code, LocalDate? day)
    {
        var council = Find(code);
        return council is null
            ? new RegisterRefusal(false, $"'{code}' is not in the council register (version {Version}): only English councils with social services responsibilities are, by ONS/GSS code.")
            : RegisterRefusal.OutOfUse(code, council.Name, council.From, council.To, day);
    }

    /// <summary>
    /// What <see cref="Refusal"/> decides for <paramref name="code"/> on <paramref name="day"/>, without its words: the
    /// engine asks for every delayed day, and only needs to know whether the council is refused and whether it is listed.
    /// </summary>
    public (bool Refused, bool Listed) Standing(string code, LocalDate day) =>
        Find(code) is not { } council ? (true, false) : (!CodePeriod.Covers(council.From, council.To, day), true);

    /// <summary>
    /// The code that answers for <paramref name="code"/>'s area on <paramref name="date"/>: a council whose code was
    /// retired (e.g. the 2013 recoding) is followed to its single successor. Unknown codes come back unchanged.
    /// </summary>
    public string CodeOn(string code, LocalDate date)
    {
        var council = Find(code);
        for (var hops = 0; council is { To: { } to, SuccessorCode: { } successor } && date > to && hops < Councils.Count; hops++)
        {
            code = successor;
            council = Find(successor);
        }

        return code;
    }

    /// <summary>
    /// Adds to <paramref name="days"/> the dates <see cref="CodeOn"/> and <see cref="Standing"/> compare a day with for
    /// <paramref name="code"/>: the first and last days of it and of each council it is followed to.
    /// </summary>
    public void AddComparedDays(string code, List<LocalDate> days)
    {
        var council = Find(code);
        for (var hops = 0; council is not null && hops <= Councils.Count; hops++)
        {
            if (council.From is { } from)
            {
                days.Add(from);
            }

            if (council.To is not { } to)
            {
                return;
            }

            days.Add(to);
            council = council.SuccessorCode is { } successor ? Find(successor) : null;
        }
    }

    /// <summary>Reads <c>{ version, description, councils: [{ code, name, kind, from, to, region, predecessorCode?, successorCode?, note? }] }</c>.</summary>
    public static CouncilRegister Load(Stream json, string file = FileName) =>
        JsonFields.Parse(json, file, root => new CouncilRegister(
            root.String("version"),
            root.Array("councils", council => new Council(
                council.String("code"),
                council.String("name"),
                council.Enum("kind", Kinds),
                council.OptionalDate("from"),
                council.OptionalDate("to"),
                council.String("region"),
                council.OptionalString("predecessorCode"),
                council.OptionalString("successorCode"),
                council.OptionalString("note")))));
}
