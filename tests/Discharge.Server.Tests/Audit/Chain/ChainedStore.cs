using Discharge.Domain.Rules;
using Discharge.Domain.Disputes;
using Discharge.Server.Tests.Reporting;
using Discharge.Server.Tests.Statements;
using Discharge.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Discharge.Server.Tests.Audit.Chain;

/// <summary>
/// A store filled through every path that appends events: episode commands, the scheduled liability check, money
/// commands (a statement, a dispute, its answer and panel referral, a payment) and the panel-deadline check; and one
/// discharged episode for each way of tampering, so that the tests of one class each break a stream of their own.
/// </summary>
public sealed class ChainedStore : IAsyncLifetime
{
    public DischargeServer Server { get; } = new();

    /// <summary>The billed episode, with the liability check's event among its own.</summary>
    public Guid Billed { get; private set; }

    public Guid Statement { get; private set; }

    public Guid Dispute { get; private set; }

    /// <summary>Discharged episodes of three events (assessment notice, discharge notice, discharged), one for each test that tampers.</summary>
    public IReadOnlyList<Guid> Spare { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        var billing = new Billing(Server);
        billing.Today(2004, 1, 16);
        Billed = await ReportingScenario.Open(billing.Hospital, billing.NhsBody, Billing.Council, "2004-01-12T10:15:00Z", "2004-01-13T09:00:00Z", "2004-01-15");
        (await Server.RunDueChecksAsync()).Should().ContainSingle("the liability check appends to the episode");
        billing.Today(2004, 1, 21);
        await billing.Hospital.AcceptedAsync($"/episodes/{Billed}/discharged", new { on = "2004-01-20" });

        billing.Today(2004, 2, 10);
        Statement = (await billing.IssuedAsync("2004-01")).GetProperty("id").GetGuid();
        Dispute = (await billing.DisputeAsync(Statement, Billed, "defective-notice")).GetProperty("id").GetGuid();
        await billing.AnswerAsync(Dispute, "reject");
        await billing.Derby.AcceptedAsync($"/disputes/{Dispute}/panel-referral", new { appliedOn = "2004-02-10" });
        await billing.PayAsync(Statement, 100m, "2004-02-10");
        billing.Today(2004, 2, 18);
        var rules = Server.Host.Services.GetRequiredService<DischargeRules>();
        (await Server.RunDueAsync<PanelDeadline>(d => d.DueAt(rules.Zone))).Should().ContainSingle("the panel-deadline check appends to the dispute");

        var spare = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var episode = await ReportingScenario.Open(billing.Hospital, billing.NhsBody, Billing.Council, "2004-01-12T10:15:00Z", "2004-01-13T09:00:00Z", "2004-01-15");
            await billing.Hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-01-14" });
            spare.Add(episode);
        }

        Spare = spare;
    }

    public Task DisposeAsync() => Server.DisposeAsync();
}
