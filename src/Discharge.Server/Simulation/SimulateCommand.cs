using JasperFx.CommandLine;
using Npgsql;

namespace Discharge.Server.Simulation;

/// <summary>
/// <c>simulate</c>: fills the configured store with a national history (<see cref="HistorySimulation"/>). The host is
/// built, never started: no daemon projects the history while it is written (the read models are rebuilt at the end)
/// and no message is scheduled. Program refuses wrong flags (exit 2) and a missing connection string (exit 1) first.
/// </summary>
[Description("Fills the event store with a simulated national history (help simulate: its usage)", Name = Name)]
public sealed class SimulateCommand : JasperFxAsyncCommand<SimulateInput>
{
    public const string Name = "simulate";

    public override async Task<bool> Execute(SimulateInput input)
    {
        var span = SimulateFlags.Read(input).Span
            ?? throw new InvalidOperationException("Program lets through only flags that name a span.");
        using var host = input.BuildHost();
        try
        {
            return await HistorySimulation.RunAsync(host.Services, span, Console.Out, Console.Error, CancellationToken.None) == 0;
        }
        catch (NpgsqlException e)
        {
            await Console.Error.WriteLineAsync($"error: the event store cannot be written: {e.Message}");
            return false;
        }
    }
}
