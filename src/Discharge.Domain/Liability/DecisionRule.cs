using Discharge.Domain.Rules;

namespace Discharge.Domain.Liability;

/// <summary>
/// The rule that decided a day, as it reads under the regime governing the day: a stable code, the citation (statute
/// and paragraph of that regime, then the entry in docs/rules.md) and how firm the law is.
/// </summary>
public sealed record DecisionRule(string Code, string Citation, Confidence Confidence);

/// <summary>
/// A rule the engine can decide a day by, with what it rests on under each regime it applies to. The citation a day
/// carries is a function of the regime, so a 2003 case never cites the Care Act and a 2014 case never the 2003 Act.
/// </summary>
public sealed class RegimeRule
{
    /// <summary>Responsibility after a transfer (rules.md §3.4, A7): the day is charged to the council that took over.</summary>
    private static readonly Basis Act2003Transfer = new("responsible after a transfer: 2003 Regs reg 18 (A7)", Confidence.Verified);

    private static readonly Basis CareAct2014Transfer = new("responsible after a transfer: 2014 Regs reg 12 (A7)", Confidence.Rebuilt);

    private readonly DecisionRule[] resolved;

    public RegimeRule(string code, Basis? act2003, Basis? careAct2014)
    {
        Code = code;
        Act2003 = act2003;
        CareAct2014 = careAct2014;
        var only = act2003 ?? careAct2014 ?? throw new ArgumentException($"Rule {code} applies to no regime.", nameof(act2003));
        resolved =
        [
            Resolve(act2003 ?? only, null),
            Resolve(careAct2014 ?? only, null),
            Resolve(act2003 ?? only, Act2003Transfer),
            Resolve(careAct2014 ?? only, CareAct2014Transfer),
        ];
    }

    public string Code { get; }

    /// <summary>What the rule rests on under the 2003 Act; null when the rule is the Care Act's alone.</summary>
    public Basis? Act2003 { get; }

    /// <summary>What the rule rests on under the Care Act 2014; null when the rule is the 2003 Act's alone.</summary>
    public Basis? CareAct2014 { get; }

    /// <summary>The reference entry every citation of this rule ends with.</summary>
    public string Reference => $"docs/rules.md#{Code}";

    /// <summary>The rule as it reads under <paramref name="regime"/>; after a transfer the citation adds the transfer rule.</summary>
    public DecisionRule Under(Regime regime, bool afterTransfer = false) =>
        resolved[(regime == Regime.Act2003 ? 0 : 1) + (afterTransfer ? 2 : 0)];

    private DecisionRule Resolve(Basis basis, Basis? transfer) => new(
        Code,
        transfer is null ? $"{basis.Statute}; {Reference}" : $"{basis.Statute}; {transfer.Statute}; {Reference}",
        basis.Confidence);
}
