using Discharge.Domain.Episodes;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Discharge.Domain.Tests.Properties;

/// <summary>
/// Episodes across the whole scheme (and a little either side): an assessment notice, a discharge notice, then
/// any of the other facts in any order, then the departure. Notices and withdrawals are in time order, as recorded.
/// <see cref="OpenEpisodes"/> may also never end, and are of councils and NHS bodies whose codes came or went in the scheme.
/// </summary>
internal static class EpisodeGenerator
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDate FirstDay = new(2003, 9, 20);
    private static readonly int SchemeDays = Period.DaysBetween(FirstDay, new LocalDate(2022, 7, 20));
    private static readonly string[] Councils = [TestCouncils.Derby, TestCouncils.Leeds, TestCouncils.Camden, TestCouncils.GatesheadBefore2013, TestCouncils.Cardiff];

    /// <summary>
    /// Northumberland's county (unitary in 2009, recoded in 2013), Dorset's (abolished in 2019), Buckinghamshire's (2020),
    /// and councils that did not change.
    /// </summary>
    private static readonly string[] ChangingCouncils = ["E10000022", "E10000009", "E10000002", .. Councils];

    /// <summary>Trusts that opened or closed in the scheme (R0C for 26 days in 2020), and one that did not.</summary>
    private static readonly string[] ChangingNhsBodies = ["RTG", "R0C", "RBB", "R1G", "RBF", "R1J"];

    public static Arbitrary<GeneratedEpisode> Episodes { get; } = Generate(Councils, ["RTG"], departures: 3).ToArbitrary();

    public static Arbitrary<GeneratedEpisode> OpenEpisodes { get; } = Generate(ChangingCouncils, ChangingNhsBodies, departures: 4).ToArbitrary();

    private static Gen<GeneratedEpisode> Generate(string[] councils, string[] nhsBodies, int departures) =>
        from start in Gen.Choose(0, SchemeDays)
        from council in Gen.Elements(councils)
        from nhsBody in Gen.Elements(nhsBodies)
        from assessmentMinute in Minutes()
        from dischargeLag in Gen.Choose(0, 3)
        from dischargeMinute in Minutes()
        from proposedLag in Gen.Choose(0, 6)
        from factCount in Gen.Choose(0, 6)
        from facts in Gen.ArrayOf(Fact(), factCount)
        from stay in Gen.Choose(1, 45)
        from departure in Gen.Choose(0, departures - 1)
        select Build(FirstDay.PlusDays(start), council, nhsBody, councils, assessmentMinute, dischargeLag, dischargeMinute, proposedLag, facts, stay, departure);

    private static Gen<int> Minutes() => Gen.Choose(7 * 60, 20 * 60);

    /// <summary>A fact as an offset from the assessment notice's day, a kind, and two parameters.</summary>
    private static Gen<(int Offset, int Kind, int A, int B)> Fact() =>
        from offset in Gen.Choose(0, 40)
        from kind in Gen.Choose(0, 9)
        from a in Gen.Choose(0, 20 * 60)
        from b in Gen.Choose(0, 6)
        select (offset, kind, a, b);

    /// <summary>The episode; a departure of 3 is none.</summary>
    private static GeneratedEpisode Build(
        LocalDate day, string council, string nhsBody, string[] councils, int assessmentMinute, int dischargeLag, int dischargeMinute, int proposedLag,
        (int Offset, int Kind, int A, int B)[] facts, int stay, int departure)
    {
        var dischargeDay = day.PlusDays(dischargeLag);
        var events = new List<IEpisodeEvent>
        {
            new AssessmentNoticeGiven(At(day, assessmentMinute), nhsBody, council),
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
                3 => new AssessmentNoticeGiven(At(on, a), nhsBody, council),
                4 => new CouncilServicesInPlace(on),
                5 => new NhsServiceAwaited(on, on.PlusDays(b)),
                6 => new CareSettingChanged(on, (CareSetting)(b % 6)),
                7 => new ResponsibilityTransferred(on, councils[b % councils.Length]),
                8 => new PaymentRequired(At(on, a)),
                _ => new DelayedByPatientChoice(on, on.PlusDays(b)),
            });
        }

        var leaves = day.PlusDays(stay);
        IEpisodeEvent? left = departure switch
        {
            0 => new PatientDischarged(leaves),
            1 => new PatientSelfDischarged(leaves),
            2 => new PatientDied(leaves),
            _ => null,
        };
        return new GeneratedEpisode(new EpisodeHeader(nhsBody, council), left is null ? events : [.. events, left]);
    }

    private static Instant At(LocalDate day, int minuteOfDay) =>
        day.At(new LocalTime(minuteOfDay / 60, minuteOfDay % 60)).InZoneLeniently(London).ToInstant();
}
