using NodaTime;

namespace Discharge.Domain.Episodes;

/// <summary>Which notice a council's response or an NHS withdrawal concerns.</summary>
public enum NoticeKind
{
    Assessment,
    Discharge,
}

/// <summary>A council's answer to a notice, as in the national notice-receipt data set (SCCI2075; rules.md §1.5).</summary>
public enum NoticeResponse
{
    Accept,
    Reject,
}

/// <summary>
/// The council acknowledged a notice. A rejection never cancels the notice (only the NHS body can withdraw):
/// it is a dispute flag for people to review, and it does not change when the notice counts as given (§1.5).
/// </summary>
public sealed record NoticeAcknowledged(Instant At, NoticeKind Notice, NoticeResponse Response, string? Reason) : IEpisodeEvent;

/// <summary>
/// The council completed its assessment and told the NHS body the outcome (2014 Sch 3 para 3; 2003 s.4):
/// whether the patient and any carer have needs, whether they are eligible, and how it plans to meet them.
/// </summary>
public sealed record CouncilAssessmentCompleted(
    LocalDate On, bool PatientHasNeeds, bool? CarerHasNeeds, bool NeedsEligible, string? Plan) : IEpisodeEvent;

/// <summary>An NHS service needed for discharge began to be awaited on <paramref name="From"/>, with no end known yet.</summary>
public sealed record NhsServiceAwaitingStarted(LocalDate From) : IEpisodeEvent;

/// <summary>The NHS service awaited since <see cref="NhsServiceAwaitingStarted"/> became available on <paramref name="On"/>.</summary>
public sealed record NhsServiceBecameAvailable(LocalDate On) : IEpisodeEvent;

/// <summary>
/// The relevant day ended with the patient still in hospital and the council the only cause: from
/// <paramref name="FirstDay"/> the council is liable (recorded by the service at the end of the relevant day).
/// </summary>
public sealed record LiabilityStarted(LocalDate RelevantDay, LocalDate FirstDay, string Council) : IEpisodeEvent;
