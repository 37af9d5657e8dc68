using Discharge.Server.Hosting;
using Spectre.Console;

namespace Discharge.Server.Tests.Hosting;

/// <summary>JasperFx prints some markup as plain text ("[purple]Finished rebuild in 8291 ms[/]"); it is rendered.</summary>
public class when_jasperfx_writes_markup_as_text
{
    private static string Print(string line)
    {
        using var output = new StringWriter();
        var console = new MarkupRenderingConsole(AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        }));
        console.WriteLine(line);
        return output.ToString();
    }

    [Fact]
    public void the_markup_is_rendered_and_a_plain_console_shows_only_the_text() =>
        Print("[purple]Finished rebuild in 8291 ms[/]").Should().Be("Finished rebuild in 8291 ms" + Environment.NewLine);

    [Fact]
    public void brackets_that_are_not_markup_are_printed_as_written() =>
        Print("relevant days [2004-01-15] to [2004-01-20] [/]").Should().Be("relevant days [2004-01-15] to [2004-01-20] [/]" + Environment.NewLine);
}
