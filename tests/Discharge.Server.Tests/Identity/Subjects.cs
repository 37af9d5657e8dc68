using System.Collections.Concurrent;
using Discharge.Domain.Statements;
using Discharge.Server.Tests.Reporting;
using Discharge.Server.Tests.Statements;
using Discharge.Server.Tests.Support;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Tests.Identity;

/// <summary>
/// What the access matrix's requests are about, made through the API by the worked examples' NHS body (RTG) and council
/// (Derby): episodes, statements and disputes. A month is billed once per NHS body and council, so each statement bills a
/// month of its own.
/// </summary>
public sealed class Subjects
{
    // The 2003 regime charges without a payment requirement; its months from 2004 to 2014 have all ended by the test clock.
    private static readonly LocalDate FirstMonth = new(2004, 1, 1);
    private const int MonthsOf2003Regime = 11 * 12;

    private readonly Billing billing;
    private readonly ConcurrentDictionary<string, Lazy<Task<RouteSubject>>> shared = new();
    private int monthsTaken;

    public Subjects(DischargeServer server)
    {
        billing = new Billing(server);
        Hospital = new HospitalClient(server);
    }

    /// <summary>The NHS body's client, which sends whatever a subject needs recorded first.</summary>
    public HospitalClient Hospital { get; }

    /// <summary>The subject the callers of <paramref name="route"/> share, prepared once.</summary>
    public Task<RouteSubject> SharedAsync(string route, Func<Subjects, Task<RouteSubject>> prepare) =>
        shared.GetOrAdd(route, _ => new(() => prepare(this))).Value;

    /// <summary>A Care Act episode the NHS body opened.</summary>
    public Task<Guid> EpisodeAsync() => Hospital.OpenEpisodeAsync("2016-01-12T10:15:00Z");

    /// <summary>
    /// A month no statement has billed, with an episode charged in it: rules.md E1 on the same weekdays (assessment notice
    /// on the month's second Monday, discharge notice on the Tuesday proposing Thursday, discharged the next Tuesday), so that
    /// no Sunday falls in the minimum interval; a bank holiday in it only moves the relevant day on.
    /// </summary>
    /// <remarks><paramref name="beforeBilling"/> records more about the episode, given its id and the Monday of its notice.</remarks>
    public async Task<string> MonthWithChargesAsync(Func<Guid, LocalDate, Task>? beforeBilling = null)
    {
        var taken = Interlocked.Increment(ref monthsTaken);
        if (taken > MonthsOf2003Regime)
        {
            throw new InvalidOperationException($"The matrix bills more than the {MonthsOf2003Regime} months of the 2003 regime.");
        }

        var month = FirstMonth.PlusMonths(taken - 1);
        var monday = month.PlusDays(7).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Monday));
        var episode = await ReportingScenario.Open(
            Hospital, Requests.NhsBody, Requests.Council, $"{Day(monday)}T10:15:00Z", $"{Day(monday.PlusDays(1))}T09:00:00Z", Day(monday.PlusDays(3)));
        await Hospital.AcceptedAsync($"/episodes/{episode}/discharged", new { on = Day(monday.PlusDays(8)) });
        if (beforeBilling is not null)
        {
            await beforeBilling(episode, monday);
        }

        return BillingMonth.Of(month).ToString();
    }

    /// <summary>A statement of its own month, and the episode its lines charge.</summary>
    public async Task<(Guid Id, Guid Episode)> StatementAsync(Func<Guid, LocalDate, Task>? beforeBilling = null)
    {
        var month = await MonthWithChargesAsync(beforeBilling);
        var statement = await billing.IssuedAsync(month);
        var lines = statement.GetProperty("lines");
        lines.GetArrayLength().Should().BePositive($"the episode of {month} is charged, so that it can be disputed");
        return (statement.GetProperty("id").GetGuid(), lines[0].GetProperty("episodeId").GetGuid());
    }

    /// <summary>A dispute of every day of a statement of its own, taken through the first <paramref name="stepsTaken"/> of <see cref="DisputeStep.InOrder"/>.</summary>
    public async Task<Guid> DisputeAsync(int stepsTaken = 0)
    {
        var (statement, episode) = await StatementAsync();
        var dispute = (await billing.DisputeAsync(statement, episode)).GetProperty("id").GetGuid();
        foreach (var step in DisputeStep.InOrder.Take(stepsTaken))
        {
            await Hospital.AcceptedAsync($"/disputes/{dispute}/{step.Path}", step.Body);
        }

        return dispute;
    }

    /// <summary>
    /// An episode whose responsibility passed from Derby to the other council of the matrix on the day the patient left,
    /// billed to Derby for the days before: the transfer is recorded before the statement, so that no correction of it
    /// rides on a later statement of the matrix.
    /// </summary>
    public async Task<Guid> TransferredEpisodeAsync() =>
        (await StatementAsync((episode, monday) => billing.Derby.AcceptedAsync(
            $"/episodes/{episode}/responsibility-transfer", new { on = Day(monday.PlusDays(8)), toCouncil = CommandCase.OtherCouncil }))).Episode;

    /// <summary>Derby's recovery claim of a transferred episode's first charged day.</summary>
    public async Task<Guid> RecoveryClaimAsync() =>
        (await billing.Derby.AcceptedAsync("/recovery-claims", new { episodeId = await TransferredEpisodeAsync() })).GetProperty("id").GetGuid();

    private static string Day(LocalDate day) => LocalDatePattern.Iso.Format(day);
}
