namespace Discharge.Domain.Recovery;

/// <summary>A council claims an episode's days once: the claim's id follows from the episode and the claimant.</summary>
public static class RecoveryClaimId
{
    public static Guid For(Guid episodeId, string claimant) => NameBasedGuid.Of($"recovery-claim|{episodeId}|{claimant}");
}
