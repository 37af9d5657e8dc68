using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Commands;

/// <summary>
/// Clients that time out resend: each command arrives five times at once, mixed with other commands on the same
/// episodes. Every command is recorded exactly once and every copy gets the same answer.
/// </summary>
public abstract class when_clients_retry_in_a_storm(DischargeServer server)
{
    private const int Copies = 5;
    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task a_hundred_first_notices_sent_five_times_each_open_a_hundred_episodes_once()
    {
        var commands = Enumerable.Range(0, 100).Select(_ => new Command(
            hospital, $"/episodes/{Guid.NewGuid()}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"), Guid.NewGuid().ToString())).ToList();

        await SendEachFiveTimesAtOnce(commands);

        foreach (var episode in commands.Select(c => c.Episode))
        {
            (await server.EventCount(episode)).Should().Be(1);
        }
    }

    [Fact]
    public async Task a_hundred_different_commands_on_twenty_episodes_sent_five_times_each_are_each_recorded_once()
    {
        var episodes = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            episodes.Add(await hospital.OpenEpisodeAsync());
        }

        var council = hospital.As(Requests.Council);
        var commands = episodes.SelectMany(episode => new[]
        {
            new Command(council, $"/episodes/{episode}/acknowledgements", new { notice = "assessment", response = "accept" }, Guid.NewGuid().ToString()),
            new Command(council, $"/episodes/{episode}/assessment-completed", new { on = "2004-01-14", patientHasNeeds = true, needsEligible = true, plan = "Home care" }, Guid.NewGuid().ToString()),
            new Command(council, $"/episodes/{episode}/services-in-place", new { on = "2004-01-20" }, Guid.NewGuid().ToString()),
            new Command(hospital, $"/episodes/{episode}/nhs-service-awaited", new { from = "2004-01-15", until = "2004-01-16" }, Guid.NewGuid().ToString()),
            new Command(hospital, $"/episodes/{episode}/care-setting", new { on = "2004-01-22", setting = "rehabilitation" }, Guid.NewGuid().ToString()),
        }).ToList();

        await SendEachFiveTimesAtOnce(commands);

        foreach (var episode in episodes)
        {
            (await server.EventCount(episode)).Should().Be(6, "the first notice and five commands, each once");
        }
    }

    private static Task SendEachFiveTimesAtOnce(IReadOnlyList<Command> commands) =>
        ReplayableShuffle.WithSeedAsync(random => SendEachFiveTimesAtOnce(commands, random));

    private static async Task SendEachFiveTimesAtOnce(IReadOnlyList<Command> commands, Random random)
    {
        var copies = commands.SelectMany(c => Enumerable.Repeat(c, Copies)).OrderBy(_ => random.Next()).ToList();
        var answers = await Task.WhenAll(copies.Select(async c =>
        {
            using var response = await c.From.PostAsync(c.Url, c.Body, c.Key);
            return (c.Key, Status: (int)response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        foreach (var perKey in answers.GroupBy(a => a.Key))
        {
            perKey.Should().AllSatisfy(a => a.Status.Should().BeInRange(200, 299, a.Body));
            perKey.Select(a => (a.Status, a.Body)).Distinct().Should().ContainSingle("every copy of a command gets the first answer");
        }
    }

    private sealed record Command(HospitalClient From, string Url, object Body, string Key)
    {
        public Guid Episode => Guid.Parse(Url.Split('/')[2]);
    }
}

/// <summary>On a server deciding first on the histories it remembers.</summary>
public sealed class when_clients_retry_in_a_storm_on_a_server_remembering_histories(DischargeServer server)
    : when_clients_retry_in_a_storm(server), IClassFixture<DischargeServer>;

/// <summary>On a server that reads every episode before deciding.</summary>
public sealed class when_clients_retry_in_a_storm_on_a_server_remembering_nothing(DischargeServerRememberingNothing server)
    : when_clients_retry_in_a_storm(server), IClassFixture<DischargeServerRememberingNothing>;
