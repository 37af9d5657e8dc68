using NodaTime;

namespace Discharge.Domain.Rules;

/// <summary>
/// The dates on which the regimes began and ended in England (rules.md §0.3). Kept as data because two of them
/// (the 2003 regime's last day, §3.7, and the Care Act start for Sch 3, [S67]) are not fully verified.
/// </summary>
public sealed record RegimeTimeline
{
    /// <summary>2003 Act ss.1–5 in force: notices may be given (SI 2003/2280 art 2(2)).</summary>
    public LocalDate NoticesFrom { get; init; } = new(2003, 10, 1);

    /// <summary>s.6 in force: the first day for which money is payable (SI 2003/2280 art 2(3)).</summary>
    public LocalDate MoneyFrom { get; init; } = new(2004, 1, 5);

    /// <summary>Last day of 2003-regime liability in England (rules.md §3.6–3.7).</summary>
    public LocalDate Act2003Until { get; init; } = new(2015, 3, 31);

    /// <summary>Care Act s.74 and Sch 3 in force (SI 2015/993).</summary>
    public LocalDate CareAct2014From { get; init; } = new(2015, 4, 1);

    /// <summary>Last day before Sch 3 was removed by the Health and Care Act 2022 (1 Jul 2022).</summary>
    public LocalDate CareAct2014Until { get; init; } = new(2022, 6, 30);

    /// <summary>The regime under which a notice given, or a day falling, on <paramref name="date"/> is governed.</summary>
    public Regime? RegimeOn(LocalDate date) =>
        date < NoticesFrom ? null
        : date <= Act2003Until ? Regime.Act2003
        : date >= CareAct2014From && date <= CareAct2014Until ? Regime.CareAct2014
        : null;

    public LocalDate LastDayOf(Regime regime) => regime == Regime.Act2003 ? Act2003Until : CareAct2014Until;

    public LocalDate FirstChargeableDayOf(Regime regime) => regime == Regime.Act2003 ? MoneyFrom : CareAct2014From;
}
