using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Domain.Tests.Support;

/// <summary>
/// Writes an episode the way rules.md §8 does: notice times in UK local time ("2004-01-12 10:15"), other facts
/// by ISO date. Events keep the order they are written in, as recorded events do.
/// </summary>
internal sealed class EpisodeBuilder(string council, string nhsBody = EpisodeBuilder.NhsBody)
{
    public const string NhsBody = "RTG";

    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDateTimePattern LocalTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    private readonly List<IEpisodeEvent> events = [];

    public IReadOnlyList<IEpisodeEvent> Events => events;

    public EpisodeHeader Header => new(nhsBody, council);

    public static EpisodeBuilder For(string council = TestCouncils.Derby, string nhsBody = NhsBody) => new(council, nhsBody);

    public static Instant UkTime(string local) => LocalTime.Parse(local).Value.InZoneLeniently(London).ToInstant();

    public static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public EpisodeBuilder AssessmentNotice(string ukTime) => Add(new AssessmentNoticeGiven(UkTime(ukTime), nhsBody, council));

    public EpisodeBuilder DischargeNotice(string ukTime, string proposed) => Add(new DischargeNoticeGiven(UkTime(ukTime), Date(proposed)));

    public EpisodeBuilder DischargeNoticeWithdrawn(string ukTime) => Add(new DischargeNoticeWithdrawn(UkTime(ukTime), "07"));

    public EpisodeBuilder AssessmentNoticeWithdrawn(string ukTime) => Add(new AssessmentNoticeWithdrawn(UkTime(ukTime), "02"));

    public EpisodeBuilder ServicesInPlace(string on) => Add(new CouncilServicesInPlace(Date(on)));

    public EpisodeBuilder NhsServiceAwaited(string from, string until) => Add(new NhsServiceAwaited(Date(from), Date(until)));

    public EpisodeBuilder PatientChoice(string from, string until) => Add(new DelayedByPatientChoice(Date(from), Date(until)));

    public EpisodeBuilder CareSetting(string on, CareSetting setting) => Add(new CareSettingChanged(Date(on), setting));

    public EpisodeBuilder ResponsibilityTransferred(string on, string toCouncil) => Add(new ResponsibilityTransferred(Date(on), toCouncil));

    public EpisodeBuilder PaymentRequired(string ukTime) => Add(new PaymentRequired(UkTime(ukTime)));

    public EpisodeBuilder Discharged(string on) => Add(new PatientDischarged(Date(on)));

    public EpisodeBuilder SelfDischarged(string on) => Add(new PatientSelfDischarged(Date(on)));

    public EpisodeBuilder Died(string on) => Add(new PatientDied(Date(on)));

    /// <summary>Without an as-of day, every event counts and an open period runs to its regime's end.</summary>
    public EpisodeLiability Inclusive(LocalDate? asOf = null) => Under(Calculators.Default, asOf);

    public EpisodeLiability Census(LocalDate? asOf = null) => Under(Calculators.Census, asOf);

    public EpisodeLiability Under(RuleSet ruleSet, LocalDate? asOf = null) => Under(Calculators.For(ruleSet), asOf);

    private EpisodeLiability Under(LiabilityCalculator calculator, LocalDate? asOf) =>
        asOf is { } day ? calculator.Calculate(Header, events, day) : calculator.CalculateToRegimeEnd(Header, events);

    private EpisodeBuilder Add(IEpisodeEvent e)
    {
        events.Add(e);
        return this;
    }
}
