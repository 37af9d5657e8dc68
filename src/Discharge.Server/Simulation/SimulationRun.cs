using NodaTime;

namespace Discharge.Server.Simulation;

/// <summary>
/// How far a simulation has written, kept in the store in the transaction of each chunk: a run stopped midway resumes
/// after the last day written, and a store holding anything else is refused.
/// </summary>
public sealed class SimulationRun
{
    public const string SingleId = "simulation";

    public string Id { get; set; } = SingleId;

    public int Seed { get; set; }

    public LocalDate From { get; set; }

    public LocalDate Until { get; set; }

    public int NoticesADay { get; set; }

    /// <summary>The last day whose episodes are all written; null before any.</summary>
    public LocalDate? Through { get; set; }

    public long Events { get; set; }

    public bool Simulates(SimulationSpan span) => span == new SimulationSpan(From, Until, Seed, NoticesADay);
}
