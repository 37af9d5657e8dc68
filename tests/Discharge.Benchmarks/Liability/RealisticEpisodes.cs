using Discharge.Domain.Episodes;
using NodaTime;

namespace Discharge.Benchmarks.Liability;

/// <summary>
/// Generates episodes shaped like the volumes in rules.md §7: notices across 2003–2022 at working hours, most
/// delays a few days to a few weeks, some withdrawals and fresh notices, council services arriving, NHS
/// blockers, transfers, 2014 payment requirements. Deterministic for a seed.
/// </summary>
internal sealed class RealisticEpisodes(int seed)
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDate FirstDay = new(2003, 10, 1);
    private static readonly int Span = Period.DaysBetween(FirstDay, new LocalDate(2022, 6, 20));

    private readonly Random random = new(seed);
    private readonly string[] councils = Discharge.Domain.ReferenceData.Default.Councils.Councils.Select(c => c.Code).ToArray();

    public (EpisodeHeader Header, IEpisodeEvent[] Events) Next()
    {
        var council = councils[random.Next(councils.Length)];
        var assessed = FirstDay.PlusDays(random.Next(Span));
        var events = new List<IEpisodeEvent>(10) { new AssessmentNoticeGiven(WorkingHours(assessed), "RTG", council) };
        var noticeDay = assessed.PlusDays(random.Next(4));
        events.Add(new DischargeNoticeGiven(WorkingHours(noticeDay), noticeDay.PlusDays(random.Next(6))));
        var stay = 1 + (int)(random.NextDouble() * random.NextDouble() * 40);
        var leaves = assessed.PlusDays(stay);
        if (Chance(0.08))
        {
            var withdrawn = noticeDay.PlusDays(1 + random.Next(Math.Max(1, stay)));
            events.Add(new DischargeNoticeWithdrawn(WorkingHours(withdrawn), "07"));
            if (Chance(0.7))
            {
                var renewed = withdrawn.PlusDays(random.Next(7));
                events.Add(new DischargeNoticeGiven(WorkingHours(renewed), renewed.PlusDays(1 + random.Next(3))));
                leaves = LocalDate.Max(leaves, renewed.PlusDays(random.Next(15)));
            }
        }

        if (Chance(0.25))
        {
            events.Add(new CouncilServicesInPlace(assessed.PlusDays(random.Next(stay + 1))));
        }

        if (Chance(0.1))
        {
            var from = assessed.PlusDays(random.Next(stay + 1));
            events.Add(new NhsServiceAwaited(from, from.PlusDays(random.Next(5))));
        }

        if (Chance(0.04))
        {
            events.Add(new ResponsibilityTransferred(assessed.PlusDays(random.Next(stay + 1)), councils[random.Next(councils.Length)]));
        }

        if (Chance(0.03))
        {
            events.Add(new CareSettingChanged(assessed.PlusDays(random.Next(stay + 1)), CareSetting.Intermediate));
        }

        if (assessed.Year >= 2015 && Chance(0.3))
        {
            events.Add(new PaymentRequired(WorkingHours(leaves.PlusDays(random.Next(30)))));
        }

        events.Add(random.Next(20) switch
        {
            0 => new PatientDied(leaves),
            1 => new PatientSelfDischarged(leaves),
            _ => new PatientDischarged(leaves),
        });
        return (new EpisodeHeader("RTG", council), [.. events]);
    }

    private bool Chance(double probability) => random.NextDouble() < probability;

    private Instant WorkingHours(LocalDate day) =>
        day.At(new LocalTime(8 + random.Next(10), random.Next(60))).InZoneLeniently(London).ToInstant();
}
