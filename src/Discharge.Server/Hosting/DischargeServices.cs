using Discharge.Domain;
using Discharge.Domain.Rules;
using Discharge.Server.Abuse;
using Discharge.Server.Audit;
using Discharge.Server.Audit.Chain;
using Discharge.Server.Audit.Verification;
using Discharge.Server.Commands;
using Discharge.Server.Episodes;
using Discharge.Server.Health;
using Discharge.Server.Identity;
using Discharge.Server.Notifications;
using Discharge.Server.Outages;
using Discharge.Server.Problems;
using Discharge.Server.Reporting;
using Discharge.Server.Reporting.Kept;
using Discharge.Server.Statements;
using Discharge.Server.Web;
using Discharge.Server.Telemetry;
using JasperFx.CodeGeneration;
using JasperFx.Events.Daemon;
using Marten;
using NodaTime;
using Weasel.Core;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

namespace Discharge.Server.Hosting;

/// <summary>The service's composition: Marten event store, Wolverine messaging and HTTP, JSON, problem details, bearer tokens.</summary>
internal static class DischargeServices
{
    public static WebApplicationBuilder AddDischarge(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(LocalDatabase.ConnectionStringName)
            ?? throw new InvalidOperationException("ConnectionStrings:Marten is not configured.");

        var rules = new DischargeRules(ReferenceData.LoadFrom(builder.Configuration["Discharge:ReferenceData"]), RuleSets.Default);
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddSingleton(rules);
        builder.Services.AddSingleton<EpisodeCommandExecutor>();
        builder.Services.AddSingleton<MoneyCommandExecutor>();
        builder.Services.AddSingleton<ReadModelVerifier>();
        builder.Services.AddSingleton<RememberedHistories>();
        builder.Services.AddHostedService<ReceiptPurge>();
        builder.Services.ConfigureHttpJsonOptions(o => DischargeJson.Configure(o.SerializerOptions));
        builder.AddWebPages();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            UnreadableBody.Retype(context);
            UnmatchedAddress.Retype(context);
            context.HttpContext.RequestServices.GetRequiredService<DischargeMetrics>().Refused(context.ProblemDetails.Type);
        });
        builder.Services.AddExceptionHandler<ConflictExceptionHandler>();
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        DatabaseStartupWait.AddFirst(builder.Services);
        // On SIGTERM requests in flight finish, then the daemon and Wolverine stop, all within this bound.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = builder.Configuration.GetValue("Discharge:ShutdownTimeout", TimeSpan.FromSeconds(20)));
        builder.Services.AddOpenApi(o =>
        {
            o.AddSchemaTransformer(NodaTimeSchemas.Describe);
            o.AddDocumentTransformer<BearerSecurity>();
            o.AddOperationTransformer<BearerSecurity>();
            o.AddDocumentTransformer<OperationsForPeople>();
            o.AddOperationTransformer<OperationsForPeople>();
        });
        builder.Services.AddDischargeHealthChecks();

        builder.Services.AddMarten((StoreOptions options) => options.ConfigureDischarge(connectionString, rules))
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            // Solo suits one server; several servers on one database set Discharge:ProjectionDaemon to HotCold.
            .AddAsyncDaemon(ProjectionDaemon(builder.Configuration))
            .IntegrateWithWolverine();
        builder.Services.AddHostedService<StoppedShardRestart>();
        builder.Services.AddHostedService<NoticeRollUp>();

        builder.Host.UseWolverine(options =>
        {
            // Messages wait in the durable store as JSON: without NodaTime's converters a date is written as an object and read back as 0001-01-01.
            options.UseSystemTextJsonForSerialization(o => DischargeJson.Configure(o));
            options.Policies.AutoApplyTransactions();
            options.Policies.UseDurableLocalQueues();
            // Scheduled checks already due (a back-dated load: every relevant day long past) are taken a thousand a poll,
            // not Wolverine's hundred: twenty thousand of them would otherwise take seventeen minutes of five-second polls.
            options.Durability.RecoveryBatchSize = 1000;
            // Those checks, their notices and the panel deadlines run two at a time, not Wolverine's five: they share the node's
            // cores with the commands being answered, and a poll's worth of due checks five abreast lengthened the commands'
            // tail (HTTP p99 at 16 clients shorter with two in every side-by-side round), where the checks have the day to run.
            options.Policies.AllLocalQueues(queue => queue.MaximumParallelMessages(BackgroundParallelism(builder.Configuration)));
            options.RetryMessagesThroughDatabaseOutages();
            // Wolverine counts the durable inbox for its gauges every 5 s by scanning the table (130 ms a count at 16 clients,
            // a spike in the commands' tail): only when the gauges are exported.
            options.Durability.DurabilityMetricsEnabled = TelemetrySetup.Endpoint(builder.Configuration) is not null;
            // A node silent this long is taken for dead, and the messages it had taken are handed to the others. Wolverine's
            // minute left a dead node's due checks waiting; a node beats every 10 s, so this is still three missed beats.
            options.Durability.StaleNodeTimeout = builder.Configuration.GetValue("Discharge:StaleNodeTimeout", TimeSpan.FromSeconds(30));
            options.UseRuntimeCompilation();
            options.CodeGeneration.TypeLoadMode = builder.Configuration.GetValue("Discharge:CodeGeneration", TypeLoadMode.Dynamic);
        });
        builder.Services.AddWolverineHttp();
        builder.AddDischargeIdentity();
        builder.Services.AddCommandRateLimit(builder.Configuration);
        builder.AddDischargeTelemetry();
        return builder;
    }

    /// <summary>How many queued or scheduled messages (checks, notices, deadlines) one node handles at once.</summary>
    public static int BackgroundParallelism(IConfiguration configuration) => PositiveSetting.Read(configuration, "Discharge:BackgroundParallelism", 2);

    public static DaemonMode ProjectionDaemon(IConfiguration configuration) =>
        configuration.GetValue("Discharge:ProjectionDaemon", DaemonMode.Solo);

    public static WebApplication UseDischarge(this WebApplication app)
    {
        app.UseCommandCount();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWebAssets();
        app.UseAuthentication();
        app.UseAuthorization();
        AuditorRequest.UseAuditorRequestLog(app);
        // After authorisation: a refused caller spends no permit and has its body read by nobody.
        app.UseRateLimiter();
        app.UseRequestBodyCap();
        // Everything else needs a token (the fallback policy): a load balancer, a client generator and a reader of the reference need none.
        app.MapOpenApi().AllowAnonymous();
        app.MapApiReference();
        app.MapDischargeHealth();
        app.MapWolverineEndpoints(options => options.MapConcurrencyFailuresToConflict());
        app.MapWebPages();
        return app;
    }
}
