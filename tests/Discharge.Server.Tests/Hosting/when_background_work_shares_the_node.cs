using Discharge.Server.Hosting;
using Discharge.Server.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Runtime;

namespace Discharge.Server.Tests.Hosting;

/// <summary>
/// Liability checks, council notices and panel deadlines run two at a time on a node (<c>Discharge:BackgroundParallelism</c>),
/// leaving the rest of its cores to the commands being answered.
/// </summary>
public sealed class when_background_work_shares_the_node(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Theory]
    [InlineData("discharge.server.notifications.checkliabilitystarted")]
    [InlineData("discharge.server.notifications.liabilitystartednotice")]
    [InlineData("discharge.domain.disputes.paneldeadline")]
    public void the_queue_of_each_kind_handles_two_messages_at_a_time(string queue)
    {
        var endpoints = server.Host.Services.GetRequiredService<IWolverineRuntime>().Options.Transports.AllEndpoints();

        endpoints.Should().ContainSingle(e => e.Uri == new Uri($"local://{queue}/")).Which.MaxDegreeOfParallelism.Should().Be(2);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("8", 8)]
    public void the_operator_may_set_another_number(string setting, int expected) =>
        DischargeServices.BackgroundParallelism(Configured(setting)).Should().Be(expected);

    [Fact]
    public void none_at_a_time_is_refused_naming_the_setting() =>
        FluentActions.Invoking(() => DischargeServices.BackgroundParallelism(Configured("0")))
            .Should().Throw<InvalidOperationException>().WithMessage("*Discharge:BackgroundParallelism*");

    private static IConfiguration Configured(string parallel) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discharge:BackgroundParallelism"] = parallel }).Build();
}
