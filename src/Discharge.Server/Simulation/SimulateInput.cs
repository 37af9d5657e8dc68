using JasperFx.CommandLine;

namespace Discharge.Server.Simulation;

/// <summary><c>simulate [--from YYYY-MM-DD] [--years N] [--seed N] [--notices N]</c>.</summary>
public sealed class SimulateInput : NetCoreInput
{
    [Description("First day, YYYY-MM-DD (default 2012-04-01: the 2015 change of regime falls inside ten years)")]
    public string? FromFlag { get; set; }

    [Description("Years to simulate (default 1)")]
    public string? YearsFlag { get; set; }

    [Description("Seed: the same seed and span make the same history (default 1)")]
    public string? SeedFlag { get; set; }

    [Description("Assessment notices a day nationally (default 2000, rules.md §7)")]
    public string? NoticesFlag { get; set; }
}
