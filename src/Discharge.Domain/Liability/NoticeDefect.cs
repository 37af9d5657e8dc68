using Discharge.Domain.Rules;
using static Discharge.Domain.Liability.Confidence;

namespace Discharge.Domain.Liability;

/// <summary>
/// Why a notice (or a withdrawal, payment requirement or transfer) has no effect, as it reads under the regime of the
/// day it was given: a stable code, what is wrong, the citation of that regime and how firm the law is.
/// </summary>
public sealed record NoticeDefect(string Code, string Description, string Citation, Confidence Confidence);

/// <summary>A recorded event that was given no effect, by its index in the episode's event list.</summary>
public sealed record DefectiveNotice(int EventIndex, NoticeDefect Defect);

/// <summary>A reason the engine can give an event no effect, with what it rests on under each regime.</summary>
public sealed class DefectReason(string code, string description, Basis? act2003, Basis? careAct2014)
{
    public string Code { get; } = code;

    public string Description { get; } = description;

    public Basis? Act2003 { get; } = act2003;

    public Basis? CareAct2014 { get; } = careAct2014;

    /// <summary>The reference entry every citation of this reason ends with.</summary>
    public string Reference => $"docs/rules.md#defect-{Code}";

    /// <summary>The defect as it reads under <paramref name="regime"/>; <paramref name="description"/> names the case where the reason needs it.</summary>
    public NoticeDefect Under(Regime regime, string? description = null)
    {
        var basis = (regime == Regime.Act2003 ? Act2003 : CareAct2014) ?? Act2003 ?? CareAct2014!;
        return new NoticeDefect(Code, description ?? Description, $"{basis.Statute}; {Reference}", basis.Confidence);
    }
}

/// <summary>Every reason the engine gives an event no effect, each documented in docs/rules.md. Codes are stable.</summary>
public static class NoticeDefects
{
    public static DefectReason BeforeScheme { get; } = new(
        "before-scheme",
        "given before notices could be given (1 Oct 2003)",
        new("SI 2003/2280 art 2(2): 2003 Act ss.1-5 in force from 1 Oct 2003", Verified),
        null);

    public static DefectReason AfterScheme { get; } = new(
        "after-scheme",
        "given after the scheme ended (30 Jun 2022)",
        null,
        new("Health and Care Act 2022 s.91(1)(b): Sch 3 omitted from 1 Jul 2022", Verified));

    public static DefectReason AssessmentNoticeAlreadyInForce { get; } = new(
        "assessment-notice-already-in-force",
        "an assessment notice is already in force for this episode",
        new("2003 Act s.2; 2003 Regs reg 4(4): a notice stays in force until withdrawn", Rebuilt),
        new("Care Act 2014 Sch 3 para 1(5): a notice stays in force until discharge, death or withdrawal", Verified));

    public static DefectReason NoAssessmentNoticeInForce { get; } = new(
        "no-assessment-notice-in-force",
        "no assessment notice was in force when the discharge notice was given",
        new("2003 Act s.5(3): a discharge notice follows a s.2 notice", Verified),
        new("Care Act 2014 Sch 3 para 2(1): a discharge notice follows an assessment notice", Verified));

    public static DefectReason LessThanOneDayNotice { get; } = new(
        "less-than-one-day-notice",
        "given less than one day before the proposed discharge date",
        new("2003 Regs reg 5(1)(a): at least one day's notice; rejected (A5)", EngineDecision),
        new("2014 Regs reg 5: not less than one day in advance; rejected (A5)", EngineDecision));

    public static DefectReason DischargeNoticeAlreadyInForce { get; } = new(
        "discharge-notice-already-in-force",
        "a discharge notice is already in force; it must be withdrawn before a new one",
        new("2003 Act s.5 clause (8): a fresh notice follows a withdrawal", Verified),
        new("Care Act 2014 Sch 3 para 2(5): a fresh notice follows a withdrawal", Verified));

    public static DefectReason PatientAlreadyLeft { get; } = new(
        "patient-already-left",
        "given after the patient was discharged or died",
        new("2003 Act: a notice ends on discharge or death (rebuilt)", Rebuilt),
        new("Care Act 2014 Sch 3 para 1(5)(a)-(b): a notice ends on discharge or death", Verified));

    public static DefectReason NotInAcuteCare { get; } = new(
        "not-a-qualifying-patient",
        "the patient was not in qualifying acute care",
        new("2003 Regs reg 3: only acute care qualifies (E16)", Secondary),
        new("Care Act 2014 Sch 3 para 7(6)-(7): only acute care the patient has not undertaken to pay for qualifies (E16)", Verified));

    public static DefectReason CouncilOutsideEngland { get; } = new(
        "council-outside-england",
        "the council is not an English council with social services responsibilities",
        new("2003 Act s.1(2); SI 2003/2277 applies to England only (E16)", EngineDecision),
        new("Care Act 2014 Sch 3 para 7(1): ordinarily resident in England (E16)", Verified));

    public static DefectReason CouncilNotInExistence { get; } = new(
        "council-not-in-existence",
        "the council did not exist on the day",
        new("2003 Act s.2(1): the notice goes to a social services authority; council register", Verified),
        new("Care Act 2014 Sch 3 para 1(1)-(2): the notice goes to a local authority; council register", Verified));

    public static DefectReason NhsBodyNotInRegister { get; } = new(
        "nhs-body-not-in-register",
        "the NHS body is not an English NHS body in the register",
        new("2003 Act s.1(3)-(5): the responsible NHS body; SI 2003/2277 applies to England only", Verified),
        new("Care Act 2014 Sch 3 para 7(4)-(5): an NHS body in England", Verified));

    public static DefectReason NhsBodyNotInExistence { get; } = new(
        "nhs-body-not-in-existence",
        "the NHS body did not exist on the day",
        new("2003 Act s.1(3)-(5): the responsible NHS body; NHS body register", Verified),
        new("Care Act 2014 Sch 3 para 7(4)-(5): the responsible NHS body; NHS body register", Verified));

    public static DefectReason NothingToWithdraw { get; } = new(
        "nothing-to-withdraw",
        "no notice of that kind was in force",
        new("2003 Regs regs 4(4), 5(4): only a notice in force can be withdrawn", Verified),
        new("2014 Regs regs 4, 7: only a notice in force can be withdrawn", Rebuilt));

    public static DefectReason PaymentRequirementOutsideCareAct { get; } = new(
        "payment-requirement-outside-care-act",
        "a payment requirement exists only while Sch 3 of the Care Act 2014 was in force",
        null,
        new("Care Act 2014 Sch 3 para 4; omitted from 1 Jul 2022 by the Health and Care Act 2022 s.91(1)(b)", Verified));
}
