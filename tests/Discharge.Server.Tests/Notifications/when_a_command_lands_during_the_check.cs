using Discharge.Domain.Episodes;
using Discharge.Server.Notifications;
using Discharge.Server.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Discharge.Server.Tests.Notifications;

/// <summary>
/// The liability check reads the episode, decides, then appends. A command recorded in between makes its append
/// fail on the stream version; the check runs again and decides on the history as it now stands.
/// </summary>
public sealed class when_a_command_lands_during_the_check(when_a_command_lands_during_the_check.Server server)
    : IClassFixture<when_a_command_lands_during_the_check.Server>
{
    private static readonly LocalDate RelevantDay = new(2004, 1, 15);
    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task a_departure_on_the_relevant_day_means_liability_never_started()
    {
        var episode = await NoticesWithACommandDuringTheCheck("discharged", new { on = "2004-01-15" }, Requests.NhsBody);

        (await server.EventsOf(episode)).Select(e => e.Data.GetType()).Should().Equal(
            typeof(AssessmentNoticeGiven), typeof(DischargeNoticeGiven), typeof(PatientDischarged));
        (await hospital.As(Requests.Council).GetJsonAsync($"/councils/{Requests.Council}/notifications")).EnumerateArray()
            .Should().NotContain(n => n.GetProperty("episodeId").GetGuid() == episode);
    }

    [Fact]
    public async Task a_command_that_changes_nothing_leaves_liability_starting_once_on_the_next_attempt()
    {
        var episode = await NoticesWithACommandDuringTheCheck("acknowledgements", new { notice = "assessment", response = "accept" }, Requests.Council);

        var events = (await server.EventsOf(episode)).Select(e => e.Data).ToList();
        events.Should().HaveCount(4);
        events[^1].Should().Be(new LiabilityStarted(RelevantDay, RelevantDay.PlusDays(1), Requests.Council), "the retry appends after the acknowledgement");
        (await hospital.As(Requests.Council).GetJsonAsync($"/councils/{Requests.Council}/notifications")).EnumerateArray()
            .Should().ContainSingle(n => n.GetProperty("episodeId").GetGuid() == episode)
            .Which.GetProperty("liableFrom").GetString().Should().Be("2004-01-16");
    }

    /// <summary>E1's notices; then, once the relevant day has ended, the check runs and the command lands just before it appends.</summary>
    private async Task<Guid> NoticesWithACommandDuringTheCheck(string route, object body, string sender)
    {
        server.Clock.Reset(Instant.FromUtc(2004, 1, 13, 9, 0));
        var episode = await hospital.OpenEpisodeAsync();
        await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"));
        server.Clock.Reset(Instant.FromUtc(2004, 1, 16, 0, 1));
        server.Interleaved.Arm(episode, () => hospital.As(sender).AcceptedAsync($"/episodes/{episode}/{route}", body));

        (await server.RunDueChecksAsync()).Should().Contain(new CheckLiabilityStarted(episode, RelevantDay));

        server.Interleaved.Landed.Should().BeTrue("the command was recorded between the check's read and its append");
        return episode;
    }

    /// <summary>The server with a hook that records a command when a liability check is about to append.</summary>
    public sealed class Server : DischargeServer
    {
        public Server()
            : base(Start)
        {
        }

        public CommandBeforeTheCheckAppends Interleaved { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) =>
            services.ConfigureMarten(options => options.Listeners.Add(Interleaved));
    }

    /// <summary>Once armed, records a command when a session is about to save the episode's LiabilityStarted: after the check read the stream.</summary>
    public sealed class CommandBeforeTheCheckAppends : DocumentSessionListenerBase
    {
        private Guid episode;
        private Func<Task>? command;

        public bool Landed { get; private set; }

        public void Arm(Guid forEpisode, Func<Task> recordCommand)
        {
            episode = forEpisode;
            command = recordCommand;
            Landed = false;
        }

        public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            var checkAppends = session.PendingChanges.Streams().Any(s => s.Id == episode && s.Events.Any(e => e.Data is LiabilityStarted));
            if (checkAppends && Interlocked.Exchange(ref command, null) is { } once)
            {
                await once();
                Landed = true;
            }
        }
    }
}
