using Discharge.Domain.Liability;
using Discharge.Server.Reporting;
using NodaTime;

namespace Discharge.Server.Returns;

/// <summary>Who the national return holds responsible for a delayed day.</summary>
public enum ResponsibleOrganisation
{
    Nhs,
    SocialCare,
    Both,
}

/// <summary>A delayed day's reason, as a DToC code (or the codes it could be), who is responsible for it, and in words.</summary>
public sealed record DtocReason(string Code, ResponsibleOrganisation Responsible, string Words);

/// <summary>
/// Maps the rules engine's day statuses to the delayed-transfers-of-care reasons, as far as the record knows them
/// (docs/reports.md#reasons). Days that are not a delayed transfer the return can attribute are left out (null).
/// </summary>
public static class DtocReasons
{
    /// <summary>A: awaiting the completion of the council's assessment.</summary>
    public static readonly DtocReason AwaitingAssessment = new("A", ResponsibleOrganisation.SocialCare, "completion of assessment");

    /// <summary>B–F: after the assessment, awaiting public funding, a care home, care at home or equipment; the record does not say which.</summary>
    public static readonly DtocReason AwaitingSocialCare = new("B-F", ResponsibleOrganisation.SocialCare, "social care arrangements after assessment");

    /// <summary>C: awaiting further NHS care while the council's part is also outstanding.</summary>
    public static readonly DtocReason AwaitingNhsCare = new("C", ResponsibleOrganisation.Both, "further non-acute NHS care");

    /// <summary>G: the patient's or family's choice.</summary>
    public static readonly DtocReason PatientChoice = new("G", ResponsibleOrganisation.SocialCare, "patient or family choice");

    /// <summary>The council's services were in place; what the patient still waited for, the record does not say.</summary>
    public static readonly DtocReason AfterSocialCareInPlace = new("not-known", ResponsibleOrganisation.Nhs, "social care in place; the wait is not recorded");

    /// <summary>A reason's code with its words, as the pages label it.</summary>
    public static string Label(string code) =>
        new[] { AwaitingAssessment, AwaitingSocialCare, AwaitingNhsCare, PatientChoice, AfterSocialCareInPlace }.FirstOrDefault(r => r.Code == code) is { } reason
            ? $"{reason.Code}: {reason.Words}"
            : code;

    /// <summary>The reason for a day of <paramref name="status"/>; null for a day the return does not count.</summary>
    public static DtocReason? For(DayStatus status, LocalDate day, LocalDate? assessedOn) => status switch
    {
        DayStatus.Chargeable or DayStatus.Potential or DayStatus.Shadow or DayStatus.RegimeInDoubt or DayStatus.AwaitingCareActNotices =>
            assessedOn is { } assessed && day >= assessed ? AwaitingSocialCare : AwaitingAssessment,
        DayStatus.BlockedByNhs => AwaitingNhsCare,
        DayStatus.PatientChoice => PatientChoice,
        DayStatus.ServicesInPlace => AfterSocialCareInPlace,
        _ => null,
    };

    /// <summary>The days of <paramref name="days"/> (of one run, of <paramref name="status"/>) split at the assessment, each part with its reason; none for days not counted.</summary>
    public static IEnumerable<(DtocReason Reason, DateWindow Days)> Split(DayStatus status, DateWindow days, LocalDate? assessedOn)
    {
        var parts = assessedOn is { } assessed && days.From < assessed && assessed <= days.To
            ? [new DateWindow(days.From, assessed.PlusDays(-1)), new DateWindow(assessed, days.To)]
            : new[] { days };
        foreach (var part in parts)
        {
            if (For(status, part.From, assessedOn) is { } reason)
            {
                yield return (reason, part);
            }
        }
    }
}
