using System.Text.Json;
using Discharge.Server.Tests.Reporting;
using Discharge.Server.Tests.Support;
using NodaTime;

namespace Discharge.Server.Tests.Statements;

/// <summary>
/// The money loop as its users drive it over HTTP: the worked examples' NHS body (RTG) bills Derby, Derby disputes and
/// pays. Each method is one request by the side that sends it, and returns the answer. Tests sharing a server bill
/// from different NHS bodies, as a month is billed once.
/// </summary>
public sealed class Billing(DischargeServer server, string nhsBody = Requests.NhsBody)
{
    public const string Council = ReportingScenario.Derby;

    public string NhsBody => nhsBody;

    public HospitalClient Hospital { get; } = new HospitalClient(server).As(nhsBody);

    public HospitalClient Derby => Hospital.As(Council);

    /// <summary>Moves the service's clock to noon (UTC) of a day.</summary>
    public void Today(int year, int month, int day) => server.Clock.Reset(Instant.FromUtc(year, month, day, 12, 0));

    /// <summary>rules.md E1: notices on 12 and 13 Jan 2004, relevant day 15 Jan, discharged 20 Jan: 16–20 Jan at £100.</summary>
    public async Task<Guid> JanuaryEpisodeAsync()
    {
        var episode = await ReportingScenario.Open(Hospital, NhsBody, Council, "2004-01-12T10:15:00Z", "2004-01-13T09:00:00Z", "2004-01-15");
        await Hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-01-20" });
        return episode;
    }

    /// <summary>The same in February: notices on 2 and 3 Feb 2004, relevant day 5 Feb, discharged 10 Feb: 6–10 Feb at £100.</summary>
    public async Task<Guid> FebruaryEpisodeAsync()
    {
        var episode = await ReportingScenario.Open(Hospital, NhsBody, Council, "2004-02-02T10:00:00Z", "2004-02-03T09:00:00Z", "2004-02-05");
        await Hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = "2004-02-10" });
        return episode;
    }

    public Task<HttpResponseMessage> IssueAsync(string month, string council = Council, string? idempotencyKey = null) =>
        Hospital.PostAsync($"/nhs-bodies/{NhsBody}/statements", IssueRequest(month, council), idempotencyKey);

    public static object IssueRequest(string month, string council = Council) => new { council, month };

    public async Task<JsonElement> IssuedAsync(string month) => await Accepted(await IssueAsync(month));

    public Task<JsonElement> StatementAsync(Guid statement) => Hospital.GetJsonAsync($"/statements/{statement}");

    public async Task<JsonElement> DisputeAsync(Guid statement, Guid episode, string grounds = "nhs-cause-of-delay", params string[] days) =>
        await Derby.AcceptedAsync($"/statements/{statement}/disputes", DisputeRequest(episode, grounds, days));

    /// <summary>A dispute of the <paramref name="days"/> of the episode on a statement, all of them when none is named.</summary>
    public static object DisputeRequest(Guid episode, string grounds = "nhs-cause-of-delay", params string[] days) =>
        new { episodeId = episode, grounds, detail = "The patient awaited district nursing.", days };

    public Task<JsonElement> AnswerAsync(Guid dispute, string outcome, params string[] days) =>
        Hospital.AcceptedAsync($"/disputes/{dispute}/answer", new { outcome, reason = "Nursing was in place from the 19th.", days });

    public Task<JsonElement> PayAsync(Guid statement, decimal amount, string paidOn) =>
        Derby.AcceptedAsync($"/statements/{statement}/payments", new { amount, paidOn, reference = "BACS 0042" });

    private static async Task<JsonElement> Accepted(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue($"the request should be accepted, but answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}
