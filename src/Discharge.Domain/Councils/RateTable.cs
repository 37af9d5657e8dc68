using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Councils;

/// <summary>Which of a regime's two daily amounts a council pays (rules.md §4).</summary>
public enum RateBand
{
    Lower,
    Higher,
}

/// <summary>A regime's daily amounts in whole pounds, for days from <see cref="From"/> to <see cref="To"/> inclusive.</summary>
public sealed record RegimeRates(Regime Regime, decimal LowerRate, decimal HigherRate, LocalDate From, LocalDate To, string Source)
{
    public decimal RateFor(RateBand band) => band == RateBand.Higher ? HigherRate : LowerRate;
}

/// <summary>A council listed as a higher-rate authority under the given regimes, with the source of the listing.</summary>
public sealed record HigherRateAuthority(string Council, IReadOnlyList<Regime> Regimes, string Source);

/// <summary>
/// The versioned rate-band table: daily amounts by regime, and the higher-rate authorities (default: the 33
/// London authorities, A8), replaceable by the authoritative Schedule without a code change.
/// </summary>
public sealed class RateTable
{
    public const string FileName = "rate-bands.json";

    private static readonly Dictionary<string, Regime> RegimeNames = new()
    {
        ["Act2003"] = Regime.Act2003,
        ["CareAct2014"] = Regime.CareAct2014,
    };

    private readonly HashSet<string>[] higherRateByRegime;

    private readonly RegimeRates[] ratesInOrder;

    public RateTable(string version, IEnumerable<RegimeRates> rates, IEnumerable<HigherRateAuthority> higherRateAuthorities)
    {
        Version = version;
        ratesInOrder = rates.OrderBy(r => r.Regime).ThenBy(r => r.From).ToArray();
        HigherRateAuthorities = higherRateAuthorities.ToArray();
        higherRateByRegime = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];
        foreach (var authority in HigherRateAuthorities)
        {
            foreach (var regime in authority.Regimes)
            {
                higherRateByRegime[(int)regime].Add(authority.Council);
            }
        }
    }

    public string Version { get; }

    public IReadOnlyList<RegimeRates> Rates => ratesInOrder;

    public IReadOnlyList<HigherRateAuthority> HigherRateAuthorities { get; }

    public RateBand BandOf(string council, Regime regime) =>
        higherRateByRegime[(int)regime].Contains(council) ? RateBand.Higher : RateBand.Lower;

    /// <summary>The rates of <paramref name="regime"/> in force on <paramref name="date"/>, if the table has them.</summary>
    public RegimeRates? RatesOn(Regime regime, LocalDate date)
    {
        // Indexed, not enumerated: the engine asks for every chargeable day, and an enumerator would be an allocation a day.
        for (var i = 0; i < ratesInOrder.Length; i++)
        {
            if (ratesInOrder[i] is var rates && rates.Regime == regime && date >= rates.From && date <= rates.To)
            {
                return rates;
            }
        }

        return null;
    }

    /// <summary>Reads <c>{ version, description, regimes: [{ regime, lowerRate, higherRate, from, to, source }], higherRateAuthorities: [{ council, regimes, source }] }</c>.</summary>
    public static RateTable Load(Stream json, string file = FileName) =>
        JsonFields.Parse(json, file, root => new RateTable(
            root.String("version"),
            root.Array("regimes", rates => new RegimeRates(
                rates.Enum("regime", RegimeNames),
                rates.Decimal("lowerRate"),
                rates.Decimal("higherRate"),
                rates.Date("from"),
                rates.Date("to"),
                rates.OptionalString("source") ?? "")),
            root.Array("higherRateAuthorities", authority => new HigherRateAuthority(
                authority.String("council"),
                authority.Array("regimes", regime => RegimeNames.TryGetValue(regime.AsString(), out var value)
                    ? value
                    : throw regime.Error($"not one of: {string.Join(", ", RegimeNames.Keys)}")),
                authority.OptionalString("source") ?? ""))));
}
