using Discharge.Server.Hosting;
using Discharge.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Runtime;

namespace Discharge.Server.Tests.Notifications;

/// <summary>
/// A poll takes up to a thousand due checks at once. They, and the council notices they send, run two at a time, so
/// that the commands answering meanwhile keep the CPU (tests/Discharge.Benchmarks http measures what that buys).
/// </summary>
public sealed class when_due_checks_pile_up(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Theory]
    [InlineData("checkliabilitystarted")]
    [InlineData("liabilitystartednotice")]
    public void the_checks_and_their_notices_run_two_at_a_time(string queue)
    {
        var queues = server.Host.Services.GetRequiredService<IWolverineRuntime>().Options.Transports.AllEndpoints()
            .Where(e => e.Uri.Scheme == "local" && e.Uri.Host.EndsWith($".{queue}", StringComparison.Ordinal))
            .ToList();

        queues.Should().ContainSingle().Which.MaxDegreeOfParallelism.Should().Be(DischargeServices.BackgroundParallelism).And.Be(2);
    }
}
