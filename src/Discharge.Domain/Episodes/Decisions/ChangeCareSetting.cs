using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>The patient's care changed (e.g. to intermediate care or rehabilitation): only acute care is in the scheme (§3.3).</summary>
public sealed record ChangeCareSetting(LocalDate? On, CareSetting? Setting)
{
    /// <summary>The hospital records the care setting from a plausible day, up to the departure.</summary>
    public Outcome Decide(Episode episode, DecisionContext context) =>
        DatedFact.Decide(Party.NhsBody, On!.Value, new CareSettingChanged(On.Value, Setting!.Value), episode, context);
}
