using Discharge.Domain.Rules;
using Discharge.Server.Audit.Reconciliation;
using Discharge.Server.Reporting;
using Discharge.Server.Statements;
using Discharge.Server.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Discharge.Server.Tests.Audit.Reconciliation;

public static class CensusReconciliation
{
    /// <summary>
    /// The server's statements reconciled against the midnight census as of the server's today, once the ledgers have
    /// taken in every event (they find the episodes no line billed), as the command will run it.
    /// </summary>
    public static async Task<ReconciliationReport> ReconcileAgainstCensusAsync(this DischargeServer server, DateWindow? window = null)
    {
        var store = server.Host.Services.GetRequiredService<IDocumentStore>();
        (await LedgerCatchUp.WaitAsync(store, CancellationToken.None)).Should().BeTrue("the ledgers find the episodes no line billed");
        var rules = server.Host.Services.GetRequiredService<DischargeRules>();
        await using var session = store.QuerySession();
        return await StatementReconciliation.RunAsync(session, rules, RuleSets.Census, window, rules.Today(server.Clock), CancellationToken.None);
    }
}
