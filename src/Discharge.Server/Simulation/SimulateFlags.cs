using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Simulation;

/// <summary>The flags of <c>simulate</c>, read from the command line before any host or database starts.</summary>
public static class SimulateFlags
{
    public const string Usage = """
        Usage: simulate [--from YYYY-MM-DD] [--years N] [--seed N] [--notices N]

        Fills the event store named by ConnectionStrings__Marten with a simulated national history of delayed discharges:
        every English council and NHS body in the registers, --notices assessment notices a day (default 2000), from
        --from (default 2012-04-01) for --years (default 1), the same history for the same seed (default 1). Every
        command is decided by the service's own rules; the events are written in bulk with their hash chain, the
        liability checks long due are derived in place, and the read models are rebuilt at the end. Progress goes to
        standard error, the summary to standard output.

        The store must be empty, or hold a run of the same flags stopped midway, which then resumes.
        Exit codes: 0 done; 1 the store is not empty, none is configured, or it cannot be written; 2 a flag is wrong.
        """;

    /// <summary>The span the flags name, or why they name none.</summary>
    public static (SimulationSpan? Span, string? Fault) Read(string[] args) =>
        Read(name => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null);

    public static (SimulationSpan? Span, string? Fault) Read(SimulateInput input) => Read(name => name switch
    {
        "--from" => input.FromFlag,
        "--years" => input.YearsFlag,
        "--seed" => input.SeedFlag,
        _ => input.NoticesFlag,
    });

    /// <summary>The span the flags (each read by <paramref name="Flag"/>, null when absent) name, or why they name none.</summary>
    private static (SimulationSpan? Span, string? Fault) Read(Func<string, string?> Flag)
    {
        var from = Flag("--from") ?? "2012-04-01";
        if (LocalDatePattern.Iso.Parse(from) is not { Success: true } parsed || parsed.Value.Year is < 2003 or > 2100)
        {
            return (null, $"--from: expected a day YYYY-MM-DD from 2003; got '{from}'");
        }

        var numbers = new Dictionary<string, (int Value, int Min, int Max)> { ["--years"] = (1, 1, 50), ["--seed"] = (1, int.MinValue, int.MaxValue), ["--notices"] = (2000, 1, 20000) };
        foreach (var (name, (fallback, min, max)) in numbers)
        {
            if (Flag(name) is { } text)
            {
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
                {
                    return (null, $"{name}: expected a whole number from {min} to {max}; got '{text}'");
                }

                numbers[name] = (value, min, max);
            }
        }

        var start = parsed.Value;
        return (new SimulationSpan(start, start.PlusYears(numbers["--years"].Value), numbers["--seed"].Value, numbers["--notices"].Value), null);
    }
}
