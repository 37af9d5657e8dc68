using JasperFx.CommandLine;
using Npgsql;

namespace Discharge.Server.Bulk;

/// <summary>
/// <c>rebuild</c>: rebuilds every read model of the configured store in one pass (<see cref="ReadModelRebuild"/>), for a
/// stopped service: the host is built, never started, so no daemon projects beside it.
/// </summary>
[Description("Rebuilds every read model of the event store in one pass, for a stopped service", Name = Name)]
public sealed class RebuildCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public const string Name = "rebuild";

    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        try
        {
            await RebuildRun.RunAsync(host.Services, Console.Out, Console.Error, CancellationToken.None);
            return true;
        }
        catch (NpgsqlException e)
        {
            await Console.Error.WriteLineAsync($"error: the event store cannot be rebuilt: {e.Message}");
            return false;
        }
    }
}
