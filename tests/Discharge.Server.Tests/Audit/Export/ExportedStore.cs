using System.Text.Json;
using Discharge.Server.Audit.Export;
using Discharge.Server.Tests.Reporting;
using Discharge.Server.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Discharge.Server.Tests.Audit.Export;

/// <summary>
/// Three episodes of RTG's: one notified to Derby, one to Camden, and one notified to Derby and taken over by Camden.
/// The store holds nothing else. The service's clock moves a minute before each command, so each is received at its own instant.
/// </summary>
public sealed class ExportedStore : IAsyncLifetime
{
    public const string Derby = ReportingScenario.Derby;
    public const string Camden = ReportingScenario.Camden;

    /// <summary>The idempotency key the Derby episode's assessment notice was sent with.</summary>
    public const string FirstKey = "export-first-notice";

    public DischargeServer Server { get; } = new();

    public Guid DerbyEpisode { get; } = Guid.NewGuid();

    public Guid CamdenEpisode { get; private set; }

    public Guid TakenOver { get; private set; }

    /// <summary>Every instant an event could carry, for a run of the whole store.</summary>
    public static EventExportRequest Everything(string? council = null, int pageSize = EventExportRequest.DefaultPageSize) =>
        new(Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2100, 1, 1, 0, 0), council, pageSize);

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        var hospital = new HospitalClient(Server);
        var notice = Requests.AssessmentNotice("2004-01-12T10:15:00Z", Derby);
        (await hospital.PostAsync($"/episodes/{DerbyEpisode}/assessment-notice", notice, FirstKey)).IsSuccessStatusCode.Should().BeTrue();
        NextMinute();
        await hospital.AcceptedAsync($"/episodes/{DerbyEpisode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"));

        NextMinute();
        CamdenEpisode = await ReportingScenario.Open(hospital, Requests.NhsBody, Camden, "2004-01-12T10:15:00Z", "2004-01-13T09:00:00Z", "2004-01-15");
        NextMinute();
        TakenOver = await ReportingScenario.Open(hospital, Requests.NhsBody, Derby, "2004-01-12T10:15:00Z", "2004-01-13T09:00:00Z", "2004-01-15");
        NextMinute();
        await hospital.As(Derby).AcceptedAsync($"/episodes/{TakenOver}/responsibility-transfer", new { on = "2004-01-19", toCouncil = Camden });
    }

    /// <summary>The lines an export writes, each parsed, and every progress it reported.</summary>
    public async Task<(List<JsonElement> Lines, List<ExportProgress> Progress, long Written)> ExportAsync(EventExportRequest request)
    {
        await using var session = Server.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        using var output = new StringWriter();
        var progress = new RecordedProgress();

        var written = await EventExport.RunAsync(session, request, output, progress, CancellationToken.None);

        var text = output.ToString();
        text.Should().NotContain("\r");
        (text.Length == 0 || text.EndsWith('\n')).Should().BeTrue("every line ends with \\n");
        return ([.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)], progress.Reports, written);
    }

    public Task DisposeAsync() => Server.DisposeAsync();

    private void NextMinute() => Server.Clock.Advance(Duration.FromMinutes(1));

    /// <summary>Records each report as it is made (<see cref="Progress{T}"/> would post them later, to a thread pool).</summary>
    private sealed class RecordedProgress : IProgress<ExportProgress>
    {
        public List<ExportProgress> Reports { get; } = [];

        public void Report(ExportProgress value) => Reports.Add(value);
    }
}
