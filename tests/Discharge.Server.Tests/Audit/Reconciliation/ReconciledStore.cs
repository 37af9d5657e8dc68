using Discharge.Server.Tests.Reporting;
using Discharge.Server.Tests.Statements;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Audit.Reconciliation;

/// <summary>
/// RTG's statements to Derby for January and February 2004, each billing one episode of the worked example E1's shape
/// (16–20 Jan and 6–10 Feb, £100 a day), and a January episode recorded after both were issued, which no line billed
/// (23–27 Jan under the default). The store holds nothing else, so totals are exact.
/// </summary>
public sealed class ReconciledStore : IAsyncLifetime
{
    public DischargeServer Server { get; } = new();

    public Guid January { get; private set; }

    public Guid February { get; private set; }

    public Guid Unbilled { get; private set; }

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        var billing = new Billing(Server);
        billing.Today(2004, 2, 10);
        January = await billing.JanuaryEpisodeAsync();
        await billing.IssuedAsync("2004-01");

        billing.Today(2004, 3, 10);
        February = await billing.FebruaryEpisodeAsync();
        await billing.IssuedAsync("2004-02");

        Unbilled = await ReportingScenario.Open(billing.Hospital, billing.NhsBody, Billing.Council, "2004-01-19T10:00:00Z", "2004-01-20T09:00:00Z", "2004-01-22");
        await billing.Hospital.AcceptedAsync($"/episodes/{Unbilled}/discharged", new { on = "2004-01-27" });
    }

    public Task DisposeAsync() => Server.DisposeAsync();
}
