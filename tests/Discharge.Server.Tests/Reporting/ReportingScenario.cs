using System.Text.Json;
using Discharge.Server.Tests.Support;
using Marten.Events;
using NodaTime;

namespace Discharge.Server.Tests.Reporting;

/// <summary>
/// A server with episodes for two councils and three NHS bodies, sent through the API on 10 Jan 2005: discharged
/// ones, a transfer between councils, an NHS-service-awaited block, and one patient still in hospital.
/// </summary>
public sealed class ReportingScenario : IAsyncLifetime
{
    public const string Derby = "E06000015";
    public const string Camden = "E09000007";
    public static readonly Instant Today = Instant.FromUtc(2005, 1, 10, 12, 0);

    public DischargeServer Server { get; } = new();

    public HospitalClient Client { get; private set; } = null!;

    /// <summary>Derby, RTG: rules.md E1, five days at £100.</summary>
    public Guid Basic { get; private set; }

    /// <summary>Derby then Camden from 4 Jan 2005, RTG: rules.md E10.</summary>
    public Guid Transferred { get; private set; }

    /// <summary>Derby, RFS: an NHS service awaited for three days, then discharged.</summary>
    public Guid Blocked { get; private set; }

    /// <summary>Derby, RFS: still in hospital, with an NHS service awaited 3–4 Jan 2005.</summary>
    public Guid StillInHospital { get; private set; }

    /// <summary>Camden, RWE: discharged on New Year's Eve.</summary>
    public Guid CamdenOnly { get; private set; }

    public IReadOnlyList<Guid> Episodes => [Basic, Transferred, Blocked, StillInHospital, CamdenOnly];

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        Server.Clock.Reset(Today);
        Client = new HospitalClient(Server);

        Basic = await Open("RTG", Derby, "2004-01-12T10:15:00Z", "2004-01-13T09:00:00Z", "2004-01-15");
        await Client.AcceptedAsync($"/episodes/{Basic}/discharged", new { on = "2004-01-20" });

        Transferred = await Open("RTG", Derby, "2004-12-22T10:00:00Z", "2004-12-22T11:00:00Z", "2004-12-23");
        await Client.As(Derby).AcceptedAsync($"/episodes/{Transferred}/responsibility-transfer", new { on = "2005-01-04", toCouncil = Camden });
        await Client.AcceptedAsync($"/episodes/{Transferred}/discharged", new { on = "2005-01-07" });

        Blocked = await Open("RFS", Derby, "2004-11-01T09:00:00Z", "2004-11-02T09:00:00Z", "2004-11-04");
        await Client.As("RFS").AcceptedAsync($"/episodes/{Blocked}/nhs-service-awaited", new { from = "2004-11-08", until = "2004-11-10" });
        await Client.As("RFS").AcceptedAsync($"/episodes/{Blocked}/discharged", new { on = "2004-11-15" });

        StillInHospital = await Open("RFS", Derby, "2004-12-01T09:00:00Z", "2004-12-02T09:00:00Z", "2004-12-06");
        await Client.As("RFS").AcceptedAsync($"/episodes/{StillInHospital}/nhs-service-awaited", new { from = "2005-01-03" });
        await Client.As("RFS").AcceptedAsync($"/episodes/{StillInHospital}/nhs-service-available", new { on = "2005-01-05" });

        CamdenOnly = await Open("RWE", Camden, "2004-12-13T09:00:00Z", "2004-12-14T09:00:00Z", "2004-12-16");
        await Client.As("RWE").AcceptedAsync($"/episodes/{CamdenOnly}/discharged", new { on = "2004-12-31" });

        await ProjectionsCaughtUp();
    }

    public Task DisposeAsync() => Server.DisposeAsync();

    /// <summary>Read-your-writes for the async projections: waits for the daemon rather than sleeping.</summary>
    public Task ProjectionsCaughtUp() => Server.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

    /// <summary>The episode's live liability as the episode endpoint computes it with the rules engine.</summary>
    public async Task<JsonElement> LiveLiability(Guid episode) =>
        (await Client.Auditor.GetJsonAsync($"/episodes/{episode}")).GetProperty("liability");

    public Task<Guid> Open(string nhsBody, string council, string assessedAt, string dischargeNoticeAt, string proposed) =>
        Open(Client, nhsBody, council, assessedAt, dischargeNoticeAt, proposed);

    /// <summary>Opens an episode with both notices, sent by the NHS body.</summary>
    public static async Task<Guid> Open(HospitalClient client, string nhsBody, string council, string assessedAt, string dischargeNoticeAt, string proposed)
    {
        var episode = Guid.NewGuid();
        var hospital = client.As(nhsBody);
        var notice = Requests.AssessmentNotice(assessedAt, council);
        notice["nhsBody"] = nhsBody;
        await hospital.AcceptedAsync($"/episodes/{episode}/assessment-notice", notice);
        await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice(dischargeNoticeAt, proposed));
        return episode;
    }
}
