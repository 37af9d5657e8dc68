namespace Discharge.Domain.Liability;

/// <summary>Why a notice (or withdrawal, or payment requirement) has no effect: a statutory requirement it fails.</summary>
public sealed record NoticeDefect(string Code, string Description, string Citation);

/// <summary>A recorded event that was given no effect, by its index in the episode's event list.</summary>
public sealed record DefectiveNotice(int EventIndex, NoticeDefect Defect);

/// <summary>Every defect the engine reports. Codes are stable.</summary>
public static class NoticeDefects
{
    public static NoticeDefect BeforeScheme { get; } = new("before-scheme", "given before notices could be given (1 Oct 2003)", "SI 2003/2280 art 2(2); rules.md §0.3");

    public static NoticeDefect AfterScheme { get; } = new("after-scheme", "given after the scheme ended (30 Jun 2022)", "Health and Care Act 2022 s.91(1)(b); rules.md §0.3");

    public static NoticeDefect AssessmentNoticeAlreadyInForce { get; } = new("assessment-notice-already-in-force", "an assessment notice is already in force for this episode", "2003 Act s.2; Care Act 2014 Sch 3 para 1(5)");

    public static NoticeDefect NoAssessmentNoticeInForce { get; } = new("no-assessment-notice-in-force", "no assessment notice was in force when the discharge notice was given", "2003 Act s.5(3); Care Act 2014 Sch 3 para 2(1); rules.md §1.3");

    public static NoticeDefect LessThanOneDayNotice { get; } = new("less-than-one-day-notice", "given less than one day before the proposed discharge date", "2003 Regs reg 5(1)(a); 2014 Regs reg 5; rules.md §2.2, A5");

    public static NoticeDefect DischargeNoticeAlreadyInForce { get; } = new("discharge-notice-already-in-force", "a discharge notice is already in force; it must be withdrawn before a new one", "2003 Act s.5 clause (8); Care Act 2014 Sch 3 para 2(5); rules.md §1.3");

    public static NoticeDefect PatientAlreadyLeft { get; } = new("patient-already-left", "given after the patient was discharged or died", "Care Act 2014 Sch 3 para 1(5); rules.md §2.4");

    public static NoticeDefect NotInAcuteCare { get; } = new("not-a-qualifying-patient", "the patient was not receiving acute care (or had undertaken to pay for it)", "2003 Regs reg 3; Care Act 2014 Sch 3 para 7(6)-(7); rules.md §3.3, E16");

    public static NoticeDefect CouncilOutsideEngland { get; } = new("council-outside-england", "the council is not an English council with social services responsibilities", "2003 Act s.1(2); Care Act 2014 Sch 3 para 7(1); rules.md §3.5, E16");

    public static NoticeDefect NothingToWithdraw { get; } = new("nothing-to-withdraw", "no notice of that kind was in force", "2003 Regs regs 4(4), 5(4); 2014 Regs regs 4, 7");

    public static NoticeDefect PaymentRequirementOutsideCareAct { get; } = new("payment-requirement-outside-care-act", "a payment requirement exists only under the 2014 regime", "Care Act 2014 Sch 3; rules.md §3.2");
}
