using Discharge.Domain.Disputes;
using Discharge.Domain.Recovery;
using NodaTime;

namespace Discharge.Server.Recovery;

/// <summary>A recovery claim as the two councils read it: the days claimed, the answer, and what is to be repaid.</summary>
public sealed record RecoveryClaimView(
    Guid Id,
    Guid EpisodeId,
    string NhsBody,
    string Claimant,
    string Respondent,
    LocalDate TransferredOn,
    IReadOnlyList<ClaimedDay> Days,
    decimal ClaimedAmount,
    string? Detail,
    Instant ClaimedAt,
    DisputeOutcome? Outcome,
    string? Reason,
    IReadOnlyList<LocalDate> AcceptedDays,
    decimal AcceptedAmount)
{
    public static RecoveryClaimView Of(RecoveryClaim claim) => new(
        claim.Id,
        claim.Claimed.EpisodeId,
        claim.Claimed.NhsBody,
        claim.Claimant,
        claim.Respondent,
        claim.Claimed.TransferredOn,
        claim.Claimed.Days,
        claim.ClaimedAmount,
        claim.Claimed.Detail,
        claim.Claimed.ClaimedAt,
        claim.Answer?.Outcome,
        claim.Answer?.Reason,
        claim.Answer?.AcceptedDays ?? [],
        claim.AcceptedAmount);
}
