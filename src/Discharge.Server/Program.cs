using Discharge.Server.Audit.CommandLine;
using Discharge.Server.Bulk;
using Discharge.Server.Calculator;
using Discharge.Server.Database;
using Discharge.Server.Demo;
using Discharge.Server.Hosting;
using Discharge.Server.Identity;
using Discharge.Server.Simulation;
using JasperFx;
using NodaTime;

CommandLineConsole.RenderMarkupWrittenAsText();
var commandLine = ServerCommandLine.Normalise(args);
// Ours, not JasperFx's: it would refuse a flag it does not know.
var demo = commandLine.Contains(DemoSeed.Flag);
commandLine = [.. commandLine.Where(a => a != DemoSeed.Flag)];

// The calculator and the token command need neither the database nor the host.
switch (commandLine)
{
    case ["help", CalculatorCommand.Name]:
        Console.WriteLine(CalculatorCommand.Usage);
        return 0;
    case [CalculatorCommand.Name, .. var calculatorArguments]:
        return CalculatorCommand.Run(calculatorArguments, Console.In, Console.Out, Console.Error, SystemClock.Instance);
    case ["help", TokenCommand.Name]:
        Console.WriteLine(TokenCommand.Usage);
        return 0;
    case ["help", AuditCommand.Name]:
        Console.WriteLine(AuditActions.Usage);
        return 0;
    case [AuditCommand.Name, ..] when AuditActions.Fault(commandLine) is { } auditFault:
        await Console.Error.WriteLineAsync($"error: {auditFault}{Environment.NewLine}{Environment.NewLine}{AuditActions.Usage}");
        return 2;
    case ["help", SimulateCommand.Name]:
        Console.WriteLine(SimulateFlags.Usage);
        return 0;
    case [SimulateCommand.Name, ..] when SimulateFlags.Read(commandLine).Fault is { } simulateFault:
        await Console.Error.WriteLineAsync($"error: {simulateFault}{Environment.NewLine}{Environment.NewLine}{SimulateFlags.Usage}");
        return 2;
    case [AuditCommand.Name or SimulateCommand.Name or RebuildCommand.Name, ..]:
        // Its results are what it prints on standard output: an auditor may keep them, or compare them.
        CommandLineConsole.WriteToStandardError();
        break;
}

DevelopmentBuild.NameEnvironmentIfUnnamed();
LocalPostgresCluster? localDatabase;
// The settings are read from beside the assembly, wherever the program is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = commandLine, ContentRootPath = AppContext.BaseDirectory });
if (commandLine is [TokenCommand.Name, .. var tokenArguments])
{
    // The server's own settings, so that the token is signed with the key the server checks.
    return TokenCommand.Run(tokenArguments, builder.Configuration, builder.Environment, Console.Out, Console.Error, SystemClock.Instance);
}

if (commandLine is [AuditCommand.Name or SimulateCommand.Name or RebuildCommand.Name, ..] && LocalDatabase.ConfiguredStoreMissing(builder.Configuration, commandLine[0]) is { } storeFault)
{
    await Console.Error.WriteLineAsync($"error: {storeFault}");
    return 1;
}

// An audit, a simulation or a rebuild serves no request, so it needs no identity settings.
if (!LocalDatabase.IsOffline(commandLine) && commandLine is not [AuditCommand.Name or SimulateCommand.Name or RebuildCommand.Name, ..] && IdentitySettings.From(builder.Configuration).Fault(builder.Environment) is { } identityFault)
{
    // Before any database starts: a service that cannot tell who calls it must not serve.
    await Console.Error.WriteLineAsync($"error: {identityFault}");
    return 1;
}

if (demo && !builder.Environment.IsDevelopment())
{
    // Demo episodes in a real store would be taken for real ones.
    await Console.Error.WriteLineAsync($"error: {DemoSeed.Flag} records demo episodes, and runs only in Development (this is {builder.Environment.EnvironmentName}).");
    return 1;
}

try
{
    localDatabase = await LocalDatabase.EnsureConfiguredAsync(builder.Configuration, commandLine);
}
catch (LocalPostgresUnavailableException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}");
    return 1;
}

await using (localDatabase)
{
    builder.AddDischarge();
    if (demo)
    {
        builder.Services.AddHostedService<DemoSeed>();
    }

    // The settings are beside the assembly, but `codegen write` writes into the project, whose build this is.
    builder.Services.CritterStackDefaults(options => options.AutoResolveProjectRoot = true);
    CommandLineConsole.ApplyJasperFxExtensionsQuietly(builder.Services);
    var app = builder.Build();
    app.UseDischarge();
    app.LogSummaryWhenStarted();
    var exitCode = await app.RunJasperFxCommands(commandLine);
    if (commandLine is ["help"])
    {
        // Ours, not JasperFx's (Program takes it off the command line first), so its list of commands does not name it.
        Console.WriteLine(DemoSeed.Usage);
    }

    return exitCode;
}

/// <summary>Entry point type, visible to the tests' host.</summary>
public partial class Program;
