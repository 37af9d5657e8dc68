using Discharge.Server.Calculator;
using Discharge.Server.Database;
using Discharge.Server.Hosting;
using JasperFx;
using NodaTime;

// The calculator needs neither the database nor the host.
if (args is [CalculatorCommand.Name, .. var calculatorArguments])
{
    return CalculatorCommand.Run(calculatorArguments, Console.In, Console.Out, Console.Error, SystemClock.Instance);
}

LocalPostgresCluster? localDatabase;
var builder = WebApplication.CreateBuilder(args);
try
{
    localDatabase = await LocalDatabase.EnsureConfiguredAsync(builder.Configuration, args);
}
catch (LocalPostgresUnavailableException e)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}");
    return 1;
}

await using (localDatabase)
{
    builder.AddDischarge();
    var app = builder.Build();
    app.UseDischarge();
    return await app.RunJasperFxCommands(args);
}

/// <summary>Entry point type, visible to the tests' host.</summary>
public partial class Program;
