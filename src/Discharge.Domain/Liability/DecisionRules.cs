using static Discharge.Domain.Liability.Confidence;

namespace Discharge.Domain.Liability;

/// <summary>
/// Every rule a day can be decided by, each documented in docs/rules.md under its code. Codes are stable: statements
/// and projections store them.
/// </summary>
public static class DecisionRules
{
    public static RegimeRule ChargeableAct2003 { get; } = new(
        "chargeable-2003",
        new("2003 Act s.6(2)-(4): the council must pay for each day of the delayed discharge period; explanatory notes 34-37", Verified),
        null);

    /// <summary>A 2003 patient who pays for acute care is still a qualifying patient: the undertaking-to-pay exclusion is the Care Act's.</summary>
    public static RegimeRule ChargeableAct2003SelfFunded { get; } = new(
        "chargeable-2003-self-funded",
        new("2003 Act s.1(1)-(2), s.6(2); 2003 Regs reg 3: acute care qualifies whoever pays; no 2003 undertaking-to-pay exclusion", EngineDecision),
        null);

    public static RegimeRule ChargeableOnRequirement { get; } = new(
        "chargeable-2014",
        null,
        new("Care Act 2014 Sch 3 paras 4-5; 2014 Regs reg 10: the NHS body required payment (A12)", Rebuilt));

    public static RegimeRule ChargeableAutomatically { get; } = new(
        "chargeable-2014-automatic",
        null,
        new("Care Act 2014 Sch 3 paras 4-5; 2014 Regs reg 10: the rule set bills without a payment requirement (A12 switched)", EngineDecision));

    public static RegimeRule Potential { get; } = new(
        "potential-2014",
        null,
        new("Care Act 2014 Sch 3 para 4: the NHS body may require payment and has not (A12)", EngineDecision));

    public static RegimeRule Shadow { get; } = new(
        "shadow",
        new("SI 2003/2280 art 2(3): s.6 in force from 5 Jan 2004", Verified),
        null);

    public static RegimeRule RegimeEnded { get; } = new(
        "regime-ended",
        null,
        new("Health and Care Act 2022 s.91(1)(b); SI 2022/734 reg 2(a): Sch 3 omitted from 1 Jul 2022", Verified));

    public static RegimeRule AwaitingCareActNotices { get; } = new(
        "awaiting-care-act-notices",
        new("2003 liability ends 31 Mar 2015 (SI 2015/993); notices under the 2003 Act do not carry over (A6)", EngineDecision),
        null);

    public static RegimeRule RegimeInDoubt { get; } = new(
        "regime-in-doubt",
        null,
        new("Coronavirus Act 2020 s.14: whether Sch 3 operated from 25 Mar 2020 is unverified; not billed", EngineDecision));

    public static RegimeRule NotAcuteCare { get; } = new(
        "not-acute-care",
        new("2003 Regs reg 3: only acute care qualifies (not intermediate, maternity, rehabilitation or mental health care)", Secondary),
        new("Care Act 2014 Sch 3 para 7(6)-(7): only acute care qualifies", Verified));

    public static RegimeRule SelfFunded { get; } = new(
        "self-funded",
        null,
        new("Care Act 2014 Sch 3 para 7(7): care the patient has undertaken to pay for is not acute care", Verified));

    /// <summary>rules.md says nothing on a return to acute care while the notices stay in force: flagged, not charged.</summary>
    public static RegimeRule ReturnedToAcuteCare { get; } = new(
        "returned-to-acute-care",
        new("2003 Regs reg 3, reg 4(4): the patient left acute care and came back without new notices; for review", EngineDecision),
        new("Care Act 2014 Sch 3 para 7(6); 2014 Regs reg 4: the patient left acute care and came back without new notices; for review", EngineDecision));

    public static RegimeRule CouncilOutsideEngland { get; } = new(
        "council-outside-england",
        new("2003 Act s.1(2); SI 2003/2277 and SI 2003/2280 apply to England only: no liability when the council is not English", EngineDecision),
        new("Care Act 2014 Sch 3 para 7(1): the patient must be ordinarily resident in England", Verified));

    public static RegimeRule CouncilNotInExistence { get; } = new(
        "council-not-in-existence",
        new("2003 Act s.6: the responsible authority owes the day; council register: its code was not in use that day; 2003 Regs reg 18", EngineDecision),
        new("Care Act 2014 Sch 3 para 1(2): the relevant authority owes the day; council register: its code was not in use that day; 2014 Regs reg 12", EngineDecision));

    public static RegimeRule NhsBodyNotInExistence { get; } = new(
        "nhs-body-not-in-existence",
        new("2003 Act s.1(3)-(5): the responsible NHS body; NHS body register: its code was not in use that day", EngineDecision),
        new("Care Act 2014 Sch 3 para 7(4)-(5): the responsible NHS body; NHS body register: its code was not in use that day", EngineDecision));

    public static RegimeRule ServicesInPlace { get; } = new(
        "council-services-in-place",
        new("2003 Act s.4(3), s.6: the council's services were in place; explanatory notes 35", Verified),
        new("Care Act 2014 Sch 3 para 4: the needs the council said it would meet were met", Rebuilt));

    public static RegimeRule NhsServiceAwaited { get; } = new(
        "nhs-service-awaited",
        new("2003 Act s.6; explanatory notes 35: the council must be the sole cause of the delay", Verified),
        new("Care Act 2014 Sch 3 para 4: the delay must be for the council's reason, read as the council being its sole cause", Rebuilt));

    public static RegimeRule PatientChoice { get; } = new(
        "patient-choice",
        new("DToC reason G: the patient's or family's choice is not the council's delay (A11)", EngineDecision),
        new("Care and Support Statutory Guidance Annex G; DToC reason G: patient choice is not the council's delay (A11)", EngineDecision));

    public static RegimeRule ClosedByDischarge { get; } = new(
        "census-discharged",
        new("2003 Act explanatory notes 37: the period ends on the day of discharge; midnight census: that day is not charged (A1)", EngineDecision),
        new("2014 Regs reg 9: the delayed discharge period; midnight census: the discharge day is not charged (A1)", EngineDecision));

    public static RegimeRule ClosedBySelfDischarge { get; } = new(
        "census-self-discharged",
        new("2003 Act: a self-discharge counts as a discharge (rebuilt); midnight census: that day is not charged (A1)", EngineDecision),
        new("Care Act 2014 Sch 3 para 1(5)(a); midnight census: the day of self-discharge is not charged (A1)", EngineDecision));

    public static RegimeRule ClosedByDeath { get; } = new(
        "census-died",
        new("2003 Act: death ends the notices (rebuilt); midnight census: that day is not charged (A1)", EngineDecision),
        new("Care Act 2014 Sch 3 para 1(5)(b); midnight census: the day of death is not charged (A1)", EngineDecision));

    public static RegimeRule ClosedByDischargeNoticeWithdrawal { get; } = new(
        "census-discharge-notice-withdrawn",
        new("2003 Regs reg 5(4); 2003 Act s.5 clause (8); midnight census: the withdrawal day is not charged (A1, A9)", EngineDecision),
        new("2014 Regs reg 7; Care Act 2014 Sch 3 para 2(5); midnight census: the withdrawal day is not charged (A1, A9)", EngineDecision));

    public static RegimeRule ClosedByAssessmentNoticeWithdrawal { get; } = new(
        "census-assessment-notice-withdrawn",
        new("2003 Regs reg 4(4); explanatory notes 34; midnight census: the withdrawal day is not charged (A1, A9)", EngineDecision),
        new("2014 Regs reg 4; Care Act 2014 Sch 3 para 1(5)(c); midnight census: the withdrawal day is not charged (A1, A9)", EngineDecision));
}
