namespace Discharge.Domain.Liability;

/// <summary>The rule that decided a day: a short stable code and where the rule comes from.</summary>
public sealed record DecisionRule(string Code, string Citation);

/// <summary>Every rule a day can be decided by. Codes are stable: statements and projections store them.</summary>
public static class DecisionRules
{
    public static DecisionRule ChargeableAct2003 { get; } = new("chargeable-2003", "2003 Act s.6(4); notes 34-37; rules.md §2.3, §3.1");

    public static DecisionRule ChargeableOnRequirement { get; } = new("chargeable-2014", "Care Act 2014 Sch 3 para 4; 2014 Regs reg 10; payment requirement given; rules.md §3.2, A12");

    public static DecisionRule ChargeableAutomatically { get; } = new("chargeable-2014-automatic", "Care Act 2014 Sch 3 para 4; 2014 Regs reg 10; rule set bills without a requirement (A12)");

    public static DecisionRule Potential { get; } = new("potential-2014", "Care Act 2014 Sch 3 para 4: the NHS body may require payment; none given; rules.md §3.2, A12");

    public static DecisionRule Shadow { get; } = new("shadow", "SI 2003/2280 art 2(3): s.6 in force from 5 Jan 2004; rules.md §0.3");

    public static DecisionRule RegimeEnded { get; } = new("regime-ended", "Health and Care Act 2022 s.91(1)(b): Sch 3 omitted from 1 Jul 2022; rules.md §0.3, §2.4");

    public static DecisionRule AwaitingCareActNotices { get; } = new("awaiting-care-act-notices", "2003 liability ends 31 Mar 2015; no deeming of 2003 notices; rules.md §3.6, A6");

    public static DecisionRule RegimeInDoubt { get; } = new("regime-in-doubt", "Coronavirus Act 2020: Sch 3 operation from 25 Mar 2020 unverified; rules.md §11 item 8");

    public static DecisionRule NotAcuteCare { get; } = new("not-acute-care", "2003 Regs reg 3; Care Act 2014 Sch 3 para 7(6)-(7); rules.md §3.3");

    public static DecisionRule SelfFunded { get; } = new("self-funded", "Care Act 2014 Sch 3 para 7(7); 2003 Act s.1(1); rules.md §3.3");

    public static DecisionRule CouncilOutsideEngland { get; } = new("council-outside-england", "2003 Act s.1(2); Care Act 2014 Sch 3 para 7(1); rules.md §3.5");

    public static DecisionRule ServicesInPlace { get; } = new("council-services-in-place", "2003 Act s.4(3); notes 35; rules.md §2.4");

    public static DecisionRule NhsServiceAwaited { get; } = new("nhs-service-awaited", "notes 35: the council must be the sole cause; rules.md §2.4");

    public static DecisionRule PatientChoice { get; } = new("patient-choice", "rules.md §3.3, A11 (DToC reason G)");

    public static DecisionRule ClosedByDischarge { get; } = new("census-discharged", "notes 37; midnight census: the discharge day is not charged; rules.md §2.3");

    public static DecisionRule ClosedBySelfDischarge { get; } = new("census-self-discharged", "Sch 3 para 1(5)(a); midnight census; rules.md §2.3-2.4");

    public static DecisionRule ClosedByDeath { get; } = new("census-died", "Sch 3 para 1(5)(b); midnight census; rules.md §2.3-2.4");

    public static DecisionRule ClosedByDischargeNoticeWithdrawal { get; } = new("census-discharge-notice-withdrawn", "2003 Regs reg 5(4); clause (8); midnight census; rules.md §2.4");

    public static DecisionRule ClosedByAssessmentNoticeWithdrawal { get; } = new("census-assessment-notice-withdrawn", "2003 Regs reg 4(4); notes 34; midnight census; rules.md §2.4");
}
