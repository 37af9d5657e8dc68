using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Contents;
using NodaTime;

namespace Discharge.Benchmarks.Http;

/// <summary>
/// The load both paths carry: for each episode, an assessment notice, a discharge notice and the discharge,
/// with full statutory contents, spread over the 2003 regime's years. The HTTP path sends them as requests; the
/// direct path appends the events those requests record.
/// </summary>
internal static class NoticeLoad
{
    public const int CommandsPerEpisode = 3;
    public const string NhsBody = "RTG";
    public const string Council = "E06000015";

    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDate FirstDay = new(2005, 1, 3);
    private static readonly LiaisonPerson Liaison = new("Sam Jones", "01332 340131", null);

    public static Guid EpisodeId(int episode) => new($"00000000-0000-4000-8000-{episode:D12}");

    /// <summary>The URL and body of an episode's command number <paramref name="step"/>.</summary>
    public static (string Url, object Body) Request(int episode, int step)
    {
        var day = DayOf(episode);
        var url = $"/episodes/{EpisodeId(episode)}";
        return step switch
        {
            0 => ($"{url}/assessment-notice", new
            {
                nhsBody = NhsBody,
                council = Council,
                deliveredAt = At(day, 10),
                patient = new { name = "Ada Lovelace", nhsNumber = "943 476 5919" },
                hospital = "Royal Derby Hospital",
                describesItselfAsNotice = true,
                patientConsulted = true,
                carerConsulted = true,
                continuingHealthCareOutcome = "Considered: not eligible",
                patientOrCarerObjected = false,
                liaison = new { name = Liaison.Name, phone = Liaison.Phone },
            }),
            1 => ($"{url}/discharge-notice", new
            {
                deliveredAt = At(day, 11),
                proposedDischargeDate = day.PlusDays(3),
                describesItselfAsNotice = true,
                patientAndCarerInformed = true,
                nhsServicesAfterDischarge = "District nursing twice a week",
                liaison = new { name = Liaison.Name, phone = Liaison.Phone },
            }),
            _ => ($"{url}/discharged", new { on = day.PlusDays(10) }),
        };
    }

    /// <summary>The event command number <paramref name="step"/> records.</summary>
    public static IEpisodeEvent Event(int episode, int step)
    {
        var day = DayOf(episode);
        return step switch
        {
            0 => new AssessmentNoticeGiven(At(day, 10), NhsBody, Council, new AssessmentNoticeContents(
                new PatientDetails("Ada Lovelace", "9434765919"), "Royal Derby Hospital", null, null, true, true, "Considered: not eligible", false, Liaison)),
            1 => new DischargeNoticeGiven(At(day, 11), day.PlusDays(3), new DischargeNoticeContents(Liaison, true, "District nursing twice a week")),
            _ => new PatientDischarged(day.PlusDays(10)),
        };
    }

    private static LocalDate DayOf(int episode) => FirstDay.PlusDays(episode % 3000);

    private static Instant At(LocalDate day, int hour) => day.At(new LocalTime(hour, 0)).InZoneLeniently(London).ToInstant();
}
