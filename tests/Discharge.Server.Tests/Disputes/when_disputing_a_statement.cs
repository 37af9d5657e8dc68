using System.Net;
using Discharge.Domain.Disputes;
using Discharge.Domain.Rules;
using Discharge.Server.Tests.Statements;
using Discharge.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Discharge.Server.Tests.Disputes;

/// <summary>
/// A council disputes days of an issued statement; bad disputes and answers are refused with nothing recorded; a 2003-Act
/// dispute goes to a panel whose 7- and 28-day deadlines are flagged by checks scheduled through the durable store.
/// </summary>
public sealed class when_disputing_a_statement(DischargeServer server) : IClassFixture<DischargeServer>
{
    private static readonly string[] RelevantDayOnly = ["2004-01-15"];
    private static readonly string[] RelevantDayAfter = ["2004-01-16"];
    private static readonly string[] LastTwoDays = ["2004-01-19", "2004-01-20"];
    private static readonly string[] NotADate = ["2004-01-19", "the 20th"];

    private async Task<(Billing Billing, Guid Statement, Guid Episode)> IssuedJanuary(string nhsBody)
    {
        var billing = new Billing(server, nhsBody);
        billing.Today(2004, 2, 10);
        var episode = await billing.JanuaryEpisodeAsync();
        return (billing, (await billing.IssuedAsync("2004-01")).GetProperty("id").GetGuid(), episode);
    }

    [Fact]
    public async Task days_not_on_the_statement_or_already_disputed_are_refused()
    {
        var (billing, statement, episode) = await IssuedJanuary("RTG");
        var url = $"/statements/{statement}/disputes";

        await (await billing.Derby.PostAsync(url, new { episodeId = Guid.NewGuid(), grounds = "other", detail = "Not ours." }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "/problems/not-on-statement");
        await (await billing.Derby.PostAsync(url, new { episodeId = episode, grounds = "other", detail = "x", days = RelevantDayOnly }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "/problems/not-on-statement");
        await billing.DisputeAsync(statement, episode, days: ["2004-01-16"]);
        await (await billing.Derby.PostAsync(url, new { episodeId = episode, grounds = "patient-choice", detail = "Again." }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "/problems/already-disputed");
        await (await billing.Derby.PostAsync(url, new { episodeId = episode, grounds = "no-such-grounds", detail = "x" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/validation");
        var badDay = await (await billing.Derby.PostAsync(url, new { episodeId = episode, grounds = "other", detail = "x", days = NotADate }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/validation");
        badDay.GetProperty("errors").GetProperty("days[1]")[0].GetString().Should().StartWith("Expected a date as YYYY-MM-DD");

        (await billing.StatementAsync(statement)).GetProperty("disputes").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task two_disputes_racing_for_the_same_day_are_not_both_lodged()
    {
        var (billing, statement, episode) = await IssuedJanuary("RA2");

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            billing.Derby.PostAsync($"/statements/{statement}/disputes", new { episodeId = episode, grounds = "other", detail = "Twice.", days = RelevantDayAfter })));

        answers.Select(a => a.StatusCode).Should().BeEquivalentTo([HttpStatusCode.Created, HttpStatusCode.Conflict]);
        (await billing.StatementAsync(statement)).GetProperty("disputes").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task only_the_nhs_body_answers_and_only_once()
    {
        var (billing, statement, episode) = await IssuedJanuary("RFS");
        var dispute = (await billing.DisputeAsync(statement, episode)).GetProperty("id").GetGuid();
        var answer = new { outcome = "reject", reason = "Delay was the council's." };

        await (await billing.Derby.PostAsync($"/disputes/{dispute}/answer", answer)).ShouldBeProblem(HttpStatusCode.Forbidden, "/problems/not-a-party");
        await (await billing.Hospital.As("RWE").PostAsync($"/disputes/{dispute}/answer", answer)).ShouldBeProblem(HttpStatusCode.Forbidden, "/problems/not-a-party");
        using (var outsider = server.CreateClient("RWE"))
        {
            (await outsider.GetAsync($"/disputes/{dispute}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }

        await billing.AnswerAsync(dispute, "reject");
        await (await billing.Hospital.PostAsync($"/disputes/{dispute}/answer", new { outcome = "accept" }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "/problems/dispute-already-answered");
    }

    [Fact]
    public async Task a_panel_missing_its_deadlines_is_flagged_and_an_accepted_recommendation_is_credited()
    {
        var (billing, statement, episode) = await IssuedJanuary("RJ1");
        var dispute = (await billing.DisputeAsync(statement, episode, "defective-notice")).GetProperty("id").GetGuid();
        await billing.AnswerAsync(dispute, "reject");
        var referred = await billing.Derby.AcceptedAsync($"/disputes/{dispute}/panel-referral", new { appliedOn = "2004-02-10" });
        referred.GetProperty("nextDeadline").GetString().Should().Be("2004-02-17");

        billing.Today(2004, 2, 17);
        (await RunDeadlines()).Should().BeEmpty("the seventh day has not ended");
        billing.Today(2004, 2, 18);
        (await RunDeadlines()).Should().ContainSingle();
        var late = await billing.Hospital.GetJsonAsync($"/disputes/{dispute}");
        (late.GetProperty("state").GetString(), late.GetProperty("appointmentOverdue").GetBoolean()).Should().Be(("awaiting-panel", true));

        var appointed = await billing.Hospital.AcceptedAsync($"/disputes/{dispute}/panel-appointment", new { appointedOn = "2004-02-18", members = "Chair: A. Smith" });
        appointed.GetProperty("nextDeadline").GetString().Should().Be("2004-03-17");
        billing.Today(2004, 3, 10);
        await billing.Derby.AcceptedAsync($"/disputes/{dispute}/panel-recommendation",
            new { recommendedOn = "2004-03-10", recommendation = "Credit the last two days.", concededDays = LastTwoDays });
        billing.Today(2004, 3, 18);
        await RunDeadlines();
        (await billing.Hospital.GetJsonAsync($"/disputes/{dispute}")).GetProperty("recommendationOverdue").GetBoolean().Should().BeFalse("it recommended in time");

        await billing.Derby.AcceptedAsync($"/disputes/{dispute}/recommendation-answer", new { accept = true });
        var agreed = await billing.Hospital.AcceptedAsync($"/disputes/{dispute}/recommendation-answer", new { accept = true });
        (agreed.GetProperty("state").GetString(), agreed.GetProperty("concededAmount").GetDecimal()).Should().Be(("recommendation-accepted", 200m));
        var pending = (await billing.StatementAsync(statement)).GetProperty("pendingAdjustments").EnumerateArray().Single();
        (pending.GetProperty("from").GetString(), pending.GetProperty("amount").GetDecimal(), pending.GetProperty("reason").GetString())
            .Should().Be(("2004-01-19", -200m, "panel-recommendation"));
    }

    private Task<IReadOnlyList<PanelDeadline>> RunDeadlines()
    {
        var rules = server.Host.Services.GetRequiredService<DischargeRules>();
        return server.RunDueAsync<PanelDeadline>(d => d.DueAt(rules.Zone));
    }
}
