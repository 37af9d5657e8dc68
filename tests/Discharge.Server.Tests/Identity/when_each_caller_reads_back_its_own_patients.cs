using System.Net;
using System.Text.Json;
using Discharge.Server.Tests.Reporting;
using Discharge.Server.Tests.Support;
using static Discharge.Server.Tests.Reporting.ReportingScenario;

namespace Discharge.Server.Tests.Identity;

/// <summary>
/// What each caller reads, not only whether it may (the matrix checks statuses): a census holds the caller's patients
/// and no one else's, and an episode handed from one council to another is read by both and by no third.
/// </summary>
[Collection(ReportingTests.Name)]
public sealed class when_each_caller_reads_back_its_own_patients(ReportingScenario scenario)
{
    /// <summary>Derby's patients of RTG and RFS and Camden's of RWE are delayed; Derby still answers for the transferred one.</summary>
    private const string BeforeTransfer = "2004-12-28";

    /// <summary>The transferred patient is now Camden's; Camden's own has left.</summary>
    private const string AfterTransfer = "2005-01-05";

    private const string ThirdCouncil = "E08000025";

    public static TheoryData<string, string, string[]> Censuses => new()
    {
        { BeforeTransfer, "RTG", [nameof(ReportingScenario.Transferred)] },
        { BeforeTransfer, "RFS", [nameof(ReportingScenario.StillInHospital)] },
        { BeforeTransfer, "RWE", [nameof(ReportingScenario.CamdenOnly)] },
        { BeforeTransfer, Derby, [nameof(ReportingScenario.Transferred), nameof(ReportingScenario.StillInHospital)] },
        { BeforeTransfer, Camden, [nameof(ReportingScenario.CamdenOnly)] },
        { BeforeTransfer, TestTokens.Auditor, [nameof(ReportingScenario.Transferred), nameof(ReportingScenario.StillInHospital), nameof(ReportingScenario.CamdenOnly)] },
        { AfterTransfer, "RTG", [nameof(ReportingScenario.Transferred)] },
        { AfterTransfer, "RWE", [] },
        { AfterTransfer, Derby, [nameof(ReportingScenario.StillInHospital)] },
        { AfterTransfer, Camden, [nameof(ReportingScenario.Transferred)] },
        { AfterTransfer, ThirdCouncil, [] },
        { AfterTransfer, TestTokens.Auditor, [nameof(ReportingScenario.Transferred), nameof(ReportingScenario.StillInHospital)] },
    };

    [Theory]
    [MemberData(nameof(Censuses))]
    public async Task a_census_holds_the_callers_patients_only(string on, string caller, string[] episodes)
    {
        var census = await Reader(caller).GetJsonAsync($"/census?on={on}");

        census.GetProperty("delayed").EnumerateArray().Select(p => p.GetProperty("episodeId").GetGuid())
            .Should().BeEquivalentTo(episodes.Select(Episode));
    }

    [Fact]
    public async Task both_councils_of_a_transferred_episode_read_it_whole()
    {
        var derby = await Reader(Derby).GetJsonAsync($"/episodes/{scenario.Transferred}");
        var camden = await Reader(Camden).GetJsonAsync($"/episodes/{scenario.Transferred}");

        // Derby still owes the days before the handover (rules.md E10): each sees both councils' days.
        JsonSerializer.Serialize(derby).Should().Be(JsonSerializer.Serialize(camden));
        foreach (var council in new[] { Derby, Camden })
        {
            Figures.OfCouncil(derby.GetProperty("liability"), council).ChargeableDays.Should().BePositive(council);
            (await Reader(council).DaysAsync(scenario.Transferred)).Select(d => d.GetProperty("council").GetString())
                .Distinct().Should().BeEquivalentTo(Derby, Camden);
        }
    }

    [Theory]
    [InlineData("/episodes/{0}")]
    [InlineData("/episodes/{0}/days")]
    public async Task a_third_council_is_told_there_is_no_such_episode(string url)
    {
        using var client = scenario.Server.CreateClient(ThirdCouncil);

        var response = await client.GetAsync(string.Format(null, url, scenario.Transferred));

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "/problems/episode-not-found");
    }

    /// <summary>Reads as the organisation, in the role its code implies, or as an auditor.</summary>
    private HospitalClient Reader(string organisation) =>
        organisation == TestTokens.Auditor ? scenario.Client.Auditor : scenario.Client.As(organisation);

    private Guid Episode(string name) => name switch
    {
        nameof(ReportingScenario.Transferred) => scenario.Transferred,
        nameof(ReportingScenario.StillInHospital) => scenario.StillInHospital,
        nameof(ReportingScenario.CamdenOnly) => scenario.CamdenOnly,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not an episode of the scenario"),
    };
}
