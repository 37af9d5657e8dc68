using System.Text;
using Discharge.Domain.Calendar;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Tests.Rules;

public class when_reading_a_rule_set_file
{
    private static RuleSet Read(string json) => RuleSetFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "local.json");

    [Fact]
    public void parameters_left_out_take_the_defaults()
    {
        Read("""{ "name": "local", "version": "3" }""")
            .Should().Be(RuleSets.Default with { Name = "local", Version = "3" });
    }

    [Fact]
    public void every_parameter_can_be_set()
    {
        var ruleSet = Read("""
            {
              "name": "strict", "version": "1",
              "timeZone": "Europe/London", "cutoffTime": "12:00", "cutoffAppliesToWithdrawals": true,
              "minIntervalDays": 3, "intervalExcludes": ["saturday", "sunday", "public-holiday"],
              "rollNoticeOffExcludedDay": true, "closingRule": "midnight-census",
              "defectiveDischargeNotice": "first-lawful-date", "calendarVersion": "2026.1",
              "timeline": { "moneyFrom": "2004-02-01" },
              "withholdRegimeInDoubt": false, "regimeInDoubt": { "from": "2020-04-01", "until": "2020-12-31" },
              "careAct2014Billing": "automatic", "paymentRequirementCovers": "days-up-to-requirement",
              "patientChoiceDays": "chargeable"
            }
            """);

        ruleSet.Should().Be(new RuleSet
        {
            Name = "strict",
            Version = "1",
            CutoffTime = new LocalTime(12, 0),
            CutoffAppliesToWithdrawals = true,
            MinIntervalDays = 3,
            IntervalExcludes = ExcludedDays.WeekendsAndPublicHolidays,
            RollNoticeOffExcludedDay = true,
            ClosingRule = ClosingRule.MidnightCensus,
            DefectiveDischargeNotice = DefectiveDischargeNoticeHandling.FirstLawfulDate,
            CalendarVersion = "2026.1",
            Timeline = new RegimeTimeline { MoneyFrom = new LocalDate(2004, 2, 1) },
            WithholdRegimeInDoubt = false,
            RegimeInDoubt = new DateInterval(new LocalDate(2020, 4, 1), new LocalDate(2020, 12, 31)),
            CareAct2014Billing = CareAct2014Billing.Automatic,
            PaymentRequirementCovers = PaymentRequirementCoverage.DaysUpToRequirement,
            PatientChoiceDays = PatientChoiceDays.Chargeable,
        });
    }

    [Theory]
    [InlineData("""{ "version": "1" }""", "local.json: $.name: missing")]
    [InlineData("""{ "name": "x", "version": "1", "closingRule": "noon" }""", "local.json: $.closingRule: 'noon' is not one of: statutory-inclusive, midnight-census")]
    [InlineData("""{ "name": "x", "version": "1", "cutoffTime": "2pm" }""", "local.json: $.cutoffTime: '2pm' is not a time of day (HH:mm)")]
    [InlineData("""{ "name": "x", "version": "1", "intervalExcludes": ["monday"] }""", "local.json: $.intervalExcludes: 'monday' is not one of: saturday, sunday, public-holiday")]
    [InlineData("""{ "name": "x", "version": "1", "timeline": { "moneyFrom": "5 Jan 2004" } }""", "local.json: $.timeline.moneyFrom: '5 Jan 2004' is not an ISO date (yyyy-MM-dd)")]
    [InlineData("""{ "name": "x", "version": "1", "minIntervalDays": 0 }""", "local.json: $.minIntervalDays: must be at least 1")]
    [InlineData("""{ "name": "x", "version": "1", "timeZone": "Mars/Olympus" }""", "local.json: $.timeZone: 'Mars/Olympus' is not a time zone")]
    [InlineData("""{ "name": "x", """, "local.json: invalid JSON*")]
    public void a_bad_field_is_named_in_the_error(string json, string message)
    {
        var read = () => Read(json);

        read.Should().Throw<DataFileException>().WithMessage(message);
    }
}
