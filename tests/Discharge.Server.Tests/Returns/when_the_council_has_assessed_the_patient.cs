using Discharge.Domain.Liability;
using Discharge.Domain.Statements;
using Discharge.Server.Reporting;
using Discharge.Server.Returns;
using NodaTime;

namespace Discharge.Server.Tests.Returns;

/// <summary>The return tells days awaiting the council's assessment (A) from days awaiting what it found was needed (B–F).</summary>
public sealed class when_the_council_has_assessed_the_patient
{
    [Fact]
    public void days_from_the_assessment_on_await_social_care_and_days_before_it_await_the_assessment()
    {
        var assessed = Ledger("RTG", new LocalDate(2004, 3, 8), assessedOn: new LocalDate(2004, 3, 20));
        var delayedAfterTheCensus = Ledger("RWE", new LocalDate(2004, 3, 27), assessedOn: null);

        var sitRep = SitRep.Tally(new BillingMonth(2004, 3), council: null, nhsBody: null, [assessed, delayedAfterTheCensus]);

        sitRep.CensusOn.Should().Be(new LocalDate(2004, 3, 25));
        sitRep.Rows.Select(r => (r.NhsBody, r.Reason, r.Responsible, r.DelayedDays, r.PatientsAtCensus)).Should().Equal(
            ("RTG", "A", ResponsibleOrganisation.SocialCare, 12, 0),
            ("RTG", "B-F", ResponsibleOrganisation.SocialCare, 12, 1),
            ("RWE", "A", ResponsibleOrganisation.SocialCare, 5, 0));
    }

    /// <summary>An episode delayed from <paramref name="from"/> to the end of March 2004, chargeable to Derby.</summary>
    private static EpisodeDelayLedger Ledger(string nhsBody, LocalDate from, LocalDate? assessedOn) => new()
    {
        Id = Guid.NewGuid(),
        NhsBody = nhsBody,
        Councils = ["E06000015"],
        Runs = [new DelayRun(from, new LocalDate(2004, 3, 31), "E06000015", DayStatus.Chargeable, "chargeable-2003", 100m, 1)],
        AssessedOn = assessedOn,
    };
}
