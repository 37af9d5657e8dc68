using JasperFx.CommandLine;
using Spectre.Console;

namespace Discharge.Server.Hosting;

/// <summary>
/// What the JasperFx command line prints through Spectre.Console: markup it writes as plain text by mistake
/// (<c>projections --rebuild</c> prints "[purple]Finished rebuild in 8291 ms[/]") is rendered, and its command
/// discovery ("Searching '…' for commands", once per assembly) stays off the console.
/// </summary>
internal static class CommandLineConsole
{
    public static void RenderMarkupWrittenAsText() => AnsiConsole.Console = new MarkupRenderingConsole(AnsiConsole.Console);

    /// <summary>
    /// What JasperFx itself prints (a blank line as a command starts) goes to standard error, for a command whose
    /// standard output is its result alone.
    /// </summary>
    public static void WriteToStandardError() =>
        AnsiConsole.Console = new MarkupRenderingConsole(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));

    /// <summary>
    /// Applies JasperFx's extensions to the services, as a WebApplication must, with the console silenced. JasperFx
    /// lists the assemblies it searches for commands only until extensions have been applied to services, so its
    /// commands then run without the list.
    /// </summary>
    public static void ApplyJasperFxExtensionsQuietly(IServiceCollection services)
    {
        var console = AnsiConsole.Console;
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        try
        {
            var extensions = new CommandFactory();
            extensions.RegisterCommandsFromExtensionAssemblies();
            extensions.ApplyExtensions(services);
        }
        finally
        {
            AnsiConsole.Console = console;
        }
    }
}
