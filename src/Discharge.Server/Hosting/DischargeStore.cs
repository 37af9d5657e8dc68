using Discharge.Domain.Rules;
using Discharge.Server.Audit;
using Discharge.Server.Audit.Chain;
using Discharge.Server.Commands;
using Discharge.Server.Database;
using Discharge.Server.Notifications;
using Discharge.Server.Reporting;
using Discharge.Server.Simulation;
using Discharge.Server.Statements;
using Marten;
using Weasel.Core;

namespace Discharge.Server.Hosting;

/// <summary>How the event store and its documents are kept: the one configuration the service and the benchmarks share.</summary>
public static class DischargeStore
{
    public static void ConfigureDischarge(this StoreOptions options, string connectionString, DischargeRules rules)
    {
        options.Connection(PreparedStatements.Tune(connectionString));
        // Documents are stored camelCase; LINQ must name the JSON fields the same way, or every Where matches nothing.
        options.UseSystemTextJsonForSerialization(casing: Casing.CamelCase, configure: o => DischargeJson.Configure(o));
        options.Events.MetadataConfig.EnableAll();
        options.ConfigureEventChain();
        options.ConfigureReporting(rules);
        options.Schema.For<CommandReceipt>();
        options.Schema.For<CouncilNotification>().Index(n => n.Council);
        options.Schema.For<PatientDataRead>().Index(r => r.Day);
        options.Schema.For<AuditorRequest>().Index(r => r.Day);
        options.ConfigureMoney();
        options.Schema.For<SimulationRun>();
    }
}
