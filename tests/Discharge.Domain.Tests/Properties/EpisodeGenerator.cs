using Discharge.Domain.Episodes;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Discharge.Domain.Tests.Properties;

/// <summary>
/// Episodes across the whole scheme (and a little either side): an assessment notice, a discharge notice, then
/// any of the other facts in any order, then the departure. Notices and withdrawals are in time order, as recorded.
/// </summary>
internal static class EpisodeGenerator
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDate FirstDay = new(2003, 9, 20);
    private static readonly int SchemeDays = Period.DaysBetween(FirstDay, new LocalDate(2022, 7, 20));
    private static readonly string[] Councils = [TestCouncils.Derby, TestCouncils.Leeds, TestCouncils.Camden, TestCouncils.GatesheadBefore2013, TestCouncils.Cardiff];

    public static Arbitrary<GeneratedEpisode> Episodes { get; } = Generate().ToArbitrary();

    private static Gen<GeneratedEpisode> Generate() =>
        from start in Gen.Choose(0, SchemeDays)
        from council in Gen.Elements(Councils)
        from assessmentMinute in Minutes()
        from dischargeLag in Gen.Choose(0, 3)
        from dischargeMinute in Minutes()
        from proposedLag in Gen.Choose(0, 6)
        from factCount in Gen.Choose(0, 6)
        from facts in Gen.ArrayOf(Fact(), factCount)
        from stay in Gen.Choose(1, 45)
        from departure in Gen.Choose(0, 2)
        select Build(FirstDay.PlusDays(start), council, assessmentMinute, dischargeLag, dischargeMinute, proposedLag, facts, stay, departure);

    private static Gen<int> Minutes() => Gen.Choose(7 * 60, 20 * 60);

    /// <summary>A fact as an offset from the assessment notice's day, a kind, and two parameters.</summary>
    private static Gen<(int Offset, int Kind, int A, int B)> Fact() =>
        from offset in Gen.Choose(0, 40)
        from kind in Gen.Choose(0, 9)
        from a in Gen.Choose(0, 20 * 60)
        from b in Gen.Choose(0, 6)
        select (offset, kind, a, b);

    private static GeneratedEpisode Build(
        LocalDate day, string council, int assessmentMinute, int dischargeLag, int dischargeMinute, int proposedLag,
        (int Offset, int Kind, int A, int B)[] facts, int stay, int departure)
    {
        var dischargeDay = day.PlusDays(dischargeLag);
        var events = new List<IEpisodeEvent>
        {
            new AssessmentNoticeGiven(At(day, assessmentMinute), "RTG", council),
            new DischargeNoticeGiven(At(dischargeDay, dischargeMinute), dischargeDay.PlusDays(proposedLag)),
        };
        foreach (var (offset, kind, a, b) in facts.OrderBy(f => f.Offset))
        {
            var on = dischargeDay.PlusDays(offset);
            events.Add(kind switch
            {
                0 => new DischargeNoticeWithdrawn(At(on, a)),
                1 => new DischargeNoticeGiven(At(on, a), on.PlusDays(b)),
                2 => new AssessmentNoticeWithdrawn(At(on, a)),
                3 => new AssessmentNoticeGiven(At(on, a), "RTG", council),
                4 => new CouncilServicesInPlace(on),
                5 => new NhsServiceAwaited(on, on.PlusDays(b)),
                6 => new CareSettingChanged(on, (CareSetting)(b % 6)),
                7 => new ResponsibilityTransferred(on, Councils[b % Councils.Length]),
                8 => new PaymentRequired(At(on, a)),
                _ => new DelayedByPatientChoice(on, on.PlusDays(b)),
            });
        }

        var leaves = day.PlusDays(stay);
        events.Add(departure switch
        {
            0 => new PatientDischarged(leaves),
            1 => new PatientSelfDischarged(leaves),
            _ => new PatientDied(leaves),
        });
        return new GeneratedEpisode(new EpisodeHeader("RTG", council), events);
    }

    private static Instant At(LocalDate day, int minuteOfDay) =>
        day.At(new LocalTime(minuteOfDay / 60, minuteOfDay % 60)).InZoneLeniently(London).ToInstant();
}
