using Discharge.Domain.Rules;
using Discharge.Server.Reporting.Kept;
using JasperFx.Events.Projections;
using Marten;

namespace Discharge.Server.Reporting;

/// <summary>How the reporting read model is stored: one delay ledger per episode, kept by the async daemon.</summary>
internal static class ReportingStore
{
    public static void ConfigureReporting(this StoreOptions options, DischargeRules rules)
    {
        options.Projections.Add(new EpisodeDelayLedgerProjection(rules), ProjectionLifecycle.Async);

        // The days' index reads its dates with this function: Marten makes it with its own, before the documents' tables.
        options.Storage.ExtendedSchemaObjects.Add(IsoDay.In(options.DatabaseSchemaName));

        // Reports select by NHS body, or by council inside the councils array. The index on the days' window is an
        // expression Marten's registry cannot declare, so EpisodeDelayLedger.ConfigureMarten adds it.
        options.Schema.For<EpisodeDelayLedger>()
            .Index(l => l.NhsBody)
            .GinIndexJsonDataMember(l => l.Councils);

        // The figures the league table and the monthly return add up, kept in the ledgers' and events' own statements.
        options.Storage.Add(new KeptSchema(options));
    }
}
