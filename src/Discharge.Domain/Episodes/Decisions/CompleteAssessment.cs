using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>
/// The council completed its assessment and tells the NHS body what Sch 3 para 3 requires: whether the patient
/// and any carer have needs, whether they are eligible, and how it plans to meet them.
/// </summary>
public sealed record CompleteAssessment(LocalDate? On, bool? PatientHasNeeds, bool? CarerHasNeeds, bool? NeedsEligible, string? Plan)
{
    /// <summary>The council records its assessment on a plausible day, up to the departure.</summary>
    public Outcome Decide(Episode episode, DecisionContext context) => DatedFact.Decide(
        Party.Council, On!.Value, new CouncilAssessmentCompleted(On.Value, PatientHasNeeds!.Value, CarerHasNeeds, NeedsEligible!.Value, Plan), episode, context);
}
