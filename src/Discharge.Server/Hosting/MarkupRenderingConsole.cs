using Spectre.Console;
using Spectre.Console.Rendering;

namespace Discharge.Server.Hosting;

/// <summary>Writes plain text that holds valid Spectre markup as that markup; everything else passes unchanged.</summary>
internal sealed class MarkupRenderingConsole(IAnsiConsole inner) : IAnsiConsole
{
    public Profile Profile => inner.Profile;

    public IAnsiConsoleCursor Cursor => inner.Cursor;

    public IAnsiConsoleInput Input => inner.Input;

    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

    public RenderPipeline Pipeline => inner.Pipeline;

    public void Clear(bool home) => inner.Clear(home);

    public void WriteAnsi(Action<AnsiWriter> action) => inner.WriteAnsi(action);

    public void Write(IRenderable renderable) => inner.Write(renderable is Text text && AsMarkup(text) is { } markup ? markup : renderable);

    private Markup? AsMarkup(Text text)
    {
        var segments = ((IRenderable)text).Render(RenderOptions.Create(inner), int.MaxValue);
        var content = string.Concat(segments.Select(s => s.IsLineBreak ? "\n" : s.Text));
        if (!content.Contains("[/]", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            return new Markup(content);
        }
        catch (InvalidOperationException)
        {
            // Brackets that are not markup (no such style): the text is printed as it was written.
            return null;
        }
    }
}
