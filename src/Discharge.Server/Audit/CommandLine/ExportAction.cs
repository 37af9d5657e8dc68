using Discharge.Domain.Rules;
using Discharge.Server.Audit.Export;
using Marten;

namespace Discharge.Server.Audit.CommandLine;

/// <summary><c>audit export --from --to [--council CODE]</c>: the events received on those days as JSON lines, with progress on standard error.</summary>
public sealed class ExportAction : IAuditAction
{
    public string Name => "export";

    public string Summary => "Writes the events received --from --to (London days) as JSON lines, optionally one --council's";

    public async Task<int> RunAsync(AuditInput input, IServiceProvider services, TextWriter output, TextWriter errors, CancellationToken cancellation)
    {
        if (await AuditFlags.WindowAsync(input, required: true, errors) is not (true, { } window))
        {
            return 1;
        }

        var rules = services.GetRequiredService<DischargeRules>();
        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession();
        var request = EventExportRequest.ForDays(window.From, window.To, rules, input.CouncilFlag?.ToUpperInvariant());
        var written = await EventExport.RunAsync(session, request, output, new ProgressOn(errors), cancellation);
        await errors.WriteLineAsync($"exported {written} events");
        return 0;
    }

    /// <summary>Progress as a line on standard error, redrawn in place on a terminal, a line a page otherwise.</summary>
    private sealed class ProgressOn(TextWriter errors) : IProgress<ExportProgress>
    {
        public void Report(ExportProgress value) =>
            errors.Write($"{(Console.IsErrorRedirected ? "" : "\r")}exported {value.Written} of {value.Total} events{(Console.IsErrorRedirected ? "\n" : "")}");
    }
}
