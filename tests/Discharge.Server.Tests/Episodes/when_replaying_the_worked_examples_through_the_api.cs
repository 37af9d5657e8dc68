using System.Text.Json;
using Discharge.Domain;
using Discharge.Domain.Episodes;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using Discharge.Server.Tests.Golden;
using Discharge.Server.Tests.Support;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Tests.Episodes;

/// <summary>
/// rules.md §8 worked examples sent as API calls: the episode view's liability equals the calculator's, and every
/// answer users see (each command's, the episode's, each page of its days) is byte for byte the one saved in
/// Golden/Api (GoldenFile to update).
/// </summary>
public sealed class when_replaying_the_worked_examples_through_the_api : IClassFixture<DischargeServer>
{
    private const string Derby = "E06000015";
    private const string Camden = "E09000007";
    private readonly DischargeServer server;
    private readonly ApiTranscript transcript = new();
    private readonly HospitalClient hospital;

    public when_replaying_the_worked_examples_through_the_api(DischargeServer server)
    {
        this.server = server;
        hospital = new HospitalClient(server, transcript: transcript);
    }

    [Fact]
    public async Task E1_basic_weekday_case_charges_five_days()
    {
        var episode = await hospital.OpenEpisodeAsync("2004-01-12T10:15:00Z");
        var receipt = await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"));
        receipt.GetProperty("relevantDay").GetString().Should().Be("2004-01-15");
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-01-20" });

        var liability = await Liability(episode);
        liability.GetProperty("chargeableDays").GetInt32().Should().Be(5);
        liability.GetProperty("totalAmount").GetDecimal().Should().Be(500m);
        await ShouldEqualTheCalculator(liability, Derby,
            new AssessmentNoticeGiven(At("2004-01-12T10:15:00Z"), Requests.NhsBody, Derby),
            new DischargeNoticeGiven(At("2004-01-13T09:00:00Z"), new LocalDate(2004, 1, 15)),
            new PatientDischarged(new LocalDate(2004, 1, 20)));
        await ShouldAnswerAsSaved("E1", episode);
    }

    [Theory]
    [InlineData("2004-01-16T15:30:00Z", "2004-01-20", 3, 300)]
    [InlineData("2004-01-16T13:59:00Z", "2004-01-19", 4, 400)]
    public async Task E2_the_cutoff_on_a_friday_is_worth_a_day(string assessmentNoticeAt, string relevantDay, int days, decimal amount)
    {
        var episode = await hospital.OpenEpisodeAsync(assessmentNoticeAt);
        var receipt = await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-16T15:35:00Z", "2004-01-19"));
        receipt.GetProperty("relevantDay").GetString().Should().Be(relevantDay);
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-01-23" });

        var liability = await Liability(episode);
        liability.GetProperty("chargeableDays").GetInt32().Should().Be(days);
        liability.GetProperty("totalAmount").GetDecimal().Should().Be(amount);
        await ShouldEqualTheCalculator(liability, Derby,
            new AssessmentNoticeGiven(At(assessmentNoticeAt), Requests.NhsBody, Derby),
            new DischargeNoticeGiven(At("2004-01-16T15:35:00Z"), new LocalDate(2004, 1, 19)),
            new PatientDischarged(new LocalDate(2004, 1, 23)));
        await ShouldAnswerAsSaved($"E2-relevant-day-{relevantDay}", episode);
    }

    [Fact]
    public async Task E4_easter_moves_the_relevant_day_past_the_proposed_date()
    {
        // 11:00 and 12:00 in London are 10:00 and 11:00 UTC in British Summer Time.
        var episode = await hospital.OpenEpisodeAsync("2004-04-08T10:00:00Z");
        var receipt = await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-04-08T11:00:00Z", "2004-04-10"));
        receipt.GetProperty("relevantDay").GetString().Should().Be("2004-04-13");
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-04-19" });

        var liability = await Liability(episode);
        liability.GetProperty("chargeableDays").GetInt32().Should().Be(6);
        liability.GetProperty("totalAmount").GetDecimal().Should().Be(600m);
        await ShouldEqualTheCalculator(liability, Derby,
            new AssessmentNoticeGiven(At("2004-04-08T10:00:00Z"), Requests.NhsBody, Derby),
            new DischargeNoticeGiven(At("2004-04-08T11:00:00Z"), new LocalDate(2004, 4, 10)),
            new PatientDischarged(new LocalDate(2004, 4, 19)));
        await ShouldAnswerAsSaved("E4", episode);
    }

    [Fact]
    public async Task E6_a_withdrawn_discharge_notice_and_a_new_one_make_two_periods()
    {
        var episode = await hospital.OpenEpisodeAsync("2004-10-04T09:00:00Z");
        await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-10-04T10:00:00Z", "2004-10-07"));
        await hospital.AcceptedAsync($"/episodes/{episode}/withdrawal", new { notice = "discharge", reasonCode = "07", deliveredAt = "2004-10-11T08:30:00Z" });
        await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-10-18T09:00:00Z", "2004-10-20"));
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-10-22" });

        var liability = await Liability(episode);
        liability.GetProperty("relevantDays").EnumerateArray().Select(d => d.GetString()).Should().Equal("2004-10-07", "2004-10-20");
        liability.GetProperty("chargeableDays").GetInt32().Should().Be(6);
        liability.GetProperty("totalAmount").GetDecimal().Should().Be(600m);
        await ShouldAnswerAsSaved("E6", episode);
    }

    [Fact]
    public async Task E8_services_in_place_stop_the_charge_although_the_patient_stays()
    {
        var episode = await hospital.OpenEpisodeAsync("2004-02-02T09:30:00Z");
        await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-02-03T09:00:00Z", "2004-02-05"));
        await hospital.As(Derby).AcceptedAsync($"/episodes/{episode}/services-in-place", new { on = "2004-02-10" });
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-02-12" });

        var liability = await Liability(episode);
        liability.GetProperty("chargeableDays").GetInt32().Should().Be(5);
        liability.GetProperty("totalAmount").GetDecimal().Should().Be(500m);
        await ShouldAnswerAsSaved("E8", episode);
    }

    [Fact]
    public async Task E10_a_transfer_of_responsibility_splits_the_charge_at_each_councils_rate()
    {
        var episode = await hospital.OpenEpisodeAsync("2004-12-22T10:00:00Z");
        await hospital.AcceptedAsync($"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-12-22T11:00:00Z", "2004-12-23"));
        await hospital.As(Derby).AcceptedAsync($"/episodes/{episode}/responsibility-transfer", new { on = "2005-01-04", toCouncil = Camden });
        await hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2005-01-07" });

        var liability = await Liability(episode);
        var byCouncil = liability.GetProperty("byCouncil").EnumerateArray()
            .ToDictionary(c => c.GetProperty("council").GetString()!, c => c.GetProperty("amount").GetDecimal());
        byCouncil.Should().Equal(new Dictionary<string, decimal> { [Derby] = 1000m, [Camden] = 480m });
        await ShouldEqualTheCalculator(liability, Derby,
            new AssessmentNoticeGiven(At("2004-12-22T10:00:00Z"), Requests.NhsBody, Derby),
            new DischargeNoticeGiven(At("2004-12-22T11:00:00Z"), new LocalDate(2004, 12, 23)),
            new ResponsibilityTransferred(new LocalDate(2005, 1, 4), Camden),
            new PatientDischarged(new LocalDate(2005, 1, 7)));
        await ShouldAnswerAsSaved("E10", episode);
    }

    [Theory]
    [InlineData("2004-03-01T10:00:00Z", "careSetting", "maternity")]
    [InlineData("2004-03-01T10:00:00Z", "careSetting", "mental-health")]
    [InlineData("2016-03-01T10:00:00Z", "careSetting", "intermediate")]
    [InlineData("2016-03-01T10:00:00Z", "careSetting", "rehabilitation")]
    [InlineData("2016-03-01T10:00:00Z", "careSetting", "self-funded")]
    [InlineData("2016-03-01T10:00:00Z", "ordinarilyResident", "wales")]
    public async Task E16_care_outside_the_scheme_is_refused_and_starts_no_clock(string deliveredAt, string field, string value)
    {
        var episode = Guid.NewGuid();
        var notice = Requests.AssessmentNotice(deliveredAt);
        notice[field] = value;

        var response = await hospital.PostAsync($"/episodes/{episode}/assessment-notice", notice);

        ((int)response.StatusCode).Should().Be(422);
        (await HospitalClient.BodyOf(response)).GetProperty("type").GetString().Should().Be("/problems/not-a-qualifying-patient");
        using var reader = server.CreateClient();
        (await reader.GetAsync($"/episodes/{episode}")).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        GoldenFile.ShouldMatch(SavedAnswers($"E16-{value}"), transcript.Text);
    }

    /// <summary>Reads the days a few to a page, so that the saved answers show the paging too.</summary>
    private async Task ShouldAnswerAsSaved(string example, Guid episode)
    {
        await hospital.DaysAsync(episode, pageSize: 4);
        GoldenFile.ShouldMatch(SavedAnswers(example), transcript.Text);
    }

    private static string SavedAnswers(string example) => Path.Combine(GoldenFile.Folder, "Api", example + ".txt");

    private async Task<JsonElement> Liability(Guid episode) => (await hospital.GetJsonAsync($"/episodes/{episode}")).GetProperty("liability");

    private Task ShouldEqualTheCalculator(JsonElement liability, string council, params IEpisodeEvent[] events)
    {
        var asOf = server.Clock.GetCurrentInstant().InUtc().Date;
        var expected = LiabilityCalculator.Calculate(new EpisodeHeader(Requests.NhsBody, council), events, RuleSets.Default, ReferenceData.Default, asOf);
        liability.GetProperty("chargeableDays").GetInt32().Should().Be(expected.ChargeableDays);
        liability.GetProperty("totalAmount").GetDecimal().Should().Be(expected.TotalAmount);
        liability.GetProperty("listedDays").GetInt32().Should().Be(expected.Days.Count);
        return Task.CompletedTask;
    }

    private static Instant At(string text) => InstantPattern.ExtendedIso.Parse(text).Value;
}
