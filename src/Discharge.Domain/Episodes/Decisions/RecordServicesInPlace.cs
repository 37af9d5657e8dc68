using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>The services the council decided on are in place from <paramref name="On"/>: it is no longer the cause of delay (notes 35).</summary>
public sealed record RecordServicesInPlace(LocalDate? On)
{
    /// <summary>The council records its services in place from a plausible day, up to the departure.</summary>
    public Outcome Decide(Episode episode, DecisionContext context) =>
        DatedFact.Decide(Party.Council, On!.Value, new CouncilServicesInPlace(On.Value), episode, context);
}
