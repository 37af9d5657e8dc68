using System.Net;
using System.Text.Json;
using Discharge.Server.Identity;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Audit;

/// <summary>
/// An auditor's read of an episode (which names the patient) is logged, with who, when and which episode, and the
/// log is listed for auditors only; the episode's parties read their own patients unlogged.
/// </summary>
public sealed class when_an_auditor_reads_patient_data(DischargeServer server) : IClassFixture<DischargeServer>
{
    private const string Auditor = "CQC";
    private const string AuditorUser = "inspector@example.gov.uk";
    private const string Log = "/audit/patient-data-reads?from=2024-03-04&to=2024-03-04";

    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task the_read_is_recorded_with_who_when_and_which_episode()
    {
        var episode = await hospital.OpenEpisodeAsync();
        using var auditor = AuditorClient();

        (await auditor.GetAsync($"/episodes/{episode}")).StatusCode.Should().Be(HttpStatusCode.OK);

        var reads = await ReadsOfAsync(auditor, Log, episode);
        reads.Should().ContainSingle();
        var read = reads[0];
        read.GetProperty("organisation").GetString().Should().Be(Auditor);
        read.GetProperty("user").GetString().Should().Be(AuditorUser);
        read.GetProperty("readAt").GetString().Should().Be("2024-03-04T09:00:00Z");
        read.GetProperty("day").GetString().Should().Be("2024-03-04");
        (await ReadsOfAsync(auditor, "/audit/patient-data-reads?from=2024-03-05&to=2024-03-31", episode)).Should().BeEmpty();
    }

    [Fact]
    public async Task a_partys_read_records_nothing()
    {
        var episode = await hospital.OpenEpisodeAsync();

        await hospital.GetJsonAsync($"/episodes/{episode}");
        await hospital.As(Requests.Council).GetJsonAsync($"/episodes/{episode}");

        using var auditor = AuditorClient();
        (await ReadsOfAsync(auditor, Log, episode)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(Requests.NhsBody)]
    [InlineData(Requests.Council)]
    public async Task the_log_is_refused_403_to_any_other_role(string organisation)
    {
        using var client = server.CreateClient(organisation);

        var problem = await (await client.GetAsync(Log)).ShouldBeProblem(HttpStatusCode.Forbidden, "/problems/role-may-not-act");

        problem.GetProperty("title").GetString().Should().Be("The token's role may not read this.");
    }

    private HttpClient AuditorClient()
    {
        var client = server.Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = TestTokens.Bearer(Auditor, DischargeRoles.Auditor, AuditorUser);
        return client;
    }

    private static async Task<List<JsonElement>> ReadsOfAsync(HttpClient auditor, string log, Guid episode)
    {
        using var response = await auditor.GetAsync(log);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var reads = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return reads.EnumerateArray().Where(r => r.GetProperty("episodeId").GetGuid() == episode).ToList();
    }
}
