using Discharge.Domain.Episodes;
using Discharge.Server.Notifications;
using Discharge.Server.Tests.Support;
using NodaTime;
using Wolverine.Tracking;

namespace Discharge.Server.Tests.Notifications;

/// <summary>
/// Accepting a discharge notice schedules a check for the start of the day after the relevant day. When it runs, the
/// council is told its liability started, unless the patient left or the notice was withdrawn first.
/// </summary>
public sealed class when_the_relevant_day_ends(DischargeServerOnNoticeDay server) : IClassFixture<DischargeServerOnNoticeDay>
{
    private static readonly LocalDate RelevantDay = new(2004, 1, 15);
    private static readonly Instant EndOfRelevantDay = Instant.FromUtc(2004, 1, 16, 0, 0);
    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task the_check_is_scheduled_for_the_end_of_the_relevant_day_by_the_services_clock()
    {
        var (episode, session) = await GiveNotices();

        var scheduled = session.Scheduled.Envelopes().Should().ContainSingle().Subject;
        scheduled.Message.Should().Be(new CheckLiabilityStarted(episode, RelevantDay));
        var wait = (EndOfRelevantDay - DischargeServerOnNoticeDay.NoticeDay).ToTimeSpan();
        scheduled.ScheduledTime.Should().BeCloseTo(scheduled.SentAt + wait, TimeSpan.FromMinutes(1), "Wolverine schedules by wall time: the wait from sending is what the service clock set");
        (await server.EventsOf(episode)).Select(e => e.Data).OfType<LiabilityStarted>().Should().BeEmpty("the relevant day has not ended");
    }

    [Fact]
    public async Task the_council_is_told_that_its_liability_started()
    {
        var (episode, _) = await GiveNotices();

        server.Clock.Reset(EndOfRelevantDay + Duration.FromMinutes(1));
        (await server.RunDueChecksAsync()).Should().Contain(new CheckLiabilityStarted(episode, RelevantDay));

        (await server.EventsOf(episode)).Select(e => e.Data).OfType<LiabilityStarted>().Should().ContainSingle()
            .Which.Should().Be(new LiabilityStarted(RelevantDay, RelevantDay.PlusDays(1), Requests.Council));
        var notification = (await hospital.As(Requests.Council).GetJsonAsync($"/councils/{Requests.Council}/notifications")).EnumerateArray()
            .Should().ContainSingle(n => n.GetProperty("episodeId").GetGuid() == episode).Subject;
        notification.GetProperty("liableFrom").GetString().Should().Be("2004-01-16");
        notification.GetProperty("nhsBody").GetString().Should().Be(Requests.NhsBody);
    }

    [Theory]
    [InlineData("discharged")]
    [InlineData("withdrawal")]
    public async Task nothing_is_recorded_when_the_patient_left_or_the_notice_was_withdrawn_first(string route)
    {
        var (episode, _) = await GiveNotices();
        server.Clock.Reset(Instant.FromUtc(2004, 1, 15, 12, 0));
        object body = route == "discharged"
            ? new { on = "2004-01-15" }
            : new { notice = "discharge", reasonCode = "07" };
        await hospital.AcceptedAsync($"/episodes/{episode}/{route}", body);

        server.Clock.Reset(EndOfRelevantDay + Duration.FromMinutes(1));
        (await server.RunDueChecksAsync()).Should().Contain(new CheckLiabilityStarted(episode, RelevantDay));

        (await server.EventsOf(episode)).Select(e => e.Data).OfType<LiabilityStarted>().Should().BeEmpty();
        (await hospital.As(Requests.Council).GetJsonAsync($"/councils/{Requests.Council}/notifications")).EnumerateArray()
            .Should().NotContain(n => n.GetProperty("episodeId").GetGuid() == episode);
    }

    [Fact]
    public async Task a_notice_recorded_after_its_relevant_day_ended_has_its_check_due_at_once()
    {
        var (episode, session) = await GiveNotices(at: EndOfRelevantDay + Duration.FromDays(2));

        var scheduled = session.Scheduled.Envelopes().Should().ContainSingle().Subject;
        scheduled.ScheduledTime.Should().BeCloseTo(scheduled.SentAt, TimeSpan.FromMinutes(1), "the relevant day has already ended");
        (await server.RunDueChecksAsync()).Should().Contain(new CheckLiabilityStarted(episode, RelevantDay));

        (await server.EventsOf(episode)).Select(e => e.Data).OfType<LiabilityStarted>().Should().ContainSingle()
            .Which.FirstDay.Should().Be(RelevantDay.PlusDays(1));
    }

    /// <summary>The E1 notices with the service's clock at <paramref name="at"/> (by default its Tuesday morning), tracking what Wolverine schedules and runs.</summary>
    private async Task<(Guid Episode, ITrackedSession Session)> GiveNotices(Instant? at = null)
    {
        server.Clock.Reset(at ?? DischargeServerOnNoticeDay.NoticeDay);
        var episode = await hospital.OpenEpisodeAsync();
        var session = await server.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(10)).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(_ =>
            hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"))));
        return (episode, session);
    }
}
