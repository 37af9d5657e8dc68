using System.Net;
using Discharge.Server.Identity;
using Discharge.Server.Tests.Statements;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Identity;

/// <summary>
/// Every route but the anonymous ones, each with the subject its requests are about and the status each caller gets.
/// A new route is one entry here.
/// </summary>
public static class RouteTable
{
    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Created = HttpStatusCode.Created;
    private const string January2016 = "?from=2016-01-01&to=2016-01-31";

    /// <summary>The two sides of a statement or a dispute: its NHS body and its council.</summary>
    private static readonly string[] BothSides = [Requests.NhsBody, Requests.Council];

    private static readonly RouteCase[] Cases =
    [
        Read("/episodes/{episodeId}", s => s.EpisodeAsync()),
        Read("/episodes/{episodeId}/days", s => s.EpisodeAsync()),
        Read("/episodes/{episodeId}/history", s => s.EpisodeAsync()),
        .. CommandCase.All.Values.Select(EpisodeCommand),
        CouncilReport("/councils/{code}/liability", January2016),
        CouncilReport("/councils/{code}/delays", January2016),
        CouncilReport("/councils/{code}/notifications"),
        NhsBodyReport("/nhs-bodies/{code}/delays", January2016),
        // A hospital's census is cut to its own patients; a council may ask only for its own.
        new(HttpMethod.Get, "/census", NoSubject, cell => cell is { Role: DischargeRoles.Council, Own: false } ? HttpStatusCode.Forbidden : Ok,
            $"?on=2016-01-14&council={Requests.Council}"),
        // The monthly return is cut to the caller's own rows, as the census is, so every caller gets one.
        new(HttpMethod.Get, "/returns/sitrep", NoSubject, _ => Ok, "?month=2016-01"),
        // The pages show what the API answers, to whom it answers it.
        CouncilReport("/view/councils/{code}"),
        NhsBodyReport("/view/nhs-bodies/{code}"),
        Read("/view/episodes/{episodeId:guid}", s => s.EpisodeAsync()),
        // The log of auditors' reads of patient data is for auditors only.
        new(HttpMethod.Get, "/audit/patient-data-reads", NoSubject, cell => cell.IsAuditor ? Ok : HttpStatusCode.Forbidden, "?from=2024-03-04&to=2024-03-04"),
        new(HttpMethod.Get, "/audit/auditor-requests", NoSubject, cell => cell.IsAuditor ? Ok : HttpStatusCode.Forbidden, "?from=2024-03-04&to=2024-03-04"),
        // So is the verification of the read models, which changes nothing live.
        new(HttpMethod.Post, "/audit/verify", NoSubject, cell => cell.IsAuditor ? Ok : HttpStatusCode.Forbidden),

        // The money loop: a statement is between its NHS body and its council, and so is a dispute of it.
        Command("/nhs-bodies/{code}/statements", async s => new(Requests.NhsBody, Billing.IssueRequest(await s.MonthWithChargesAsync())),
            Expect.SentBy(Created, Requests.NhsBody)),
        Read("/statements/{statementId}", async s => (await s.StatementAsync()).Id),
        Command("/statements/{statementId}/payments", async s => new((await s.StatementAsync()).Id, new { amount = 1m, reference = "BACS 0042" }),
            Expect.SentBy(Ok, Requests.Council)),
        Command("/statements/{statementId}/disputes", async s =>
        {
            var (statement, episode) = await s.StatementAsync();
            return new RouteSubject(statement, Billing.DisputeRequest(episode));
        }, Expect.SentBy(Created, Requests.Council)),
        Command("/disputes/{disputeId}/answer", async s => new(await s.DisputeAsync(), new { outcome = "reject", reason = "Nursing was in place from the 19th." }),
            Expect.SentBy(Ok, Requests.NhsBody)),
        .. DisputeStep.InOrder.Select((step, stepsBefore) => Command(
            $"/disputes/{{disputeId}}/{step.Path}", async s => new(await s.DisputeAsync(stepsBefore), step.Body), Expect.SentBy(Ok, BothSides))),
        Read("/disputes/{disputeId}", s => s.DisputeAsync()),
        // A recovery claim is between the council first notified (Derby, "own") and the council that took over ("other").
        Command("/recovery-claims", async s => new(Parameter: null, new { episodeId = await s.TransferredEpisodeAsync() }), Expect.SentBy(Created, Requests.Council)),
        Command("/recovery-claims/{claimId}/answer", async s => new(await s.RecoveryClaimAsync(), new { outcome = "accept" }),
            Expect.SentBy(Ok, CommandCase.OtherCouncil)),
        new(HttpMethod.Get, "/recovery-claims/{claimId}", async s => new(await s.RecoveryClaimAsync()),
            cell => cell.IsAuditor || cell.Role == DischargeRoles.Council ? Ok : HttpStatusCode.NotFound),
        CouncilReport("/councils/{code}/recovery-claims"),
        CouncilReport("/councils/{code}/statements"),
        CouncilReport("/councils/{code}/disputes"),
        CouncilReport("/councils/{code}/accounts"),
        NhsBodyReport("/nhs-bodies/{code}/statements"),
        NhsBodyReport("/nhs-bodies/{code}/disputes"),
        NhsBodyReport("/nhs-bodies/{code}/accounts"),
    ];

    /// <summary>The cases by route, as <see cref="RouteCase.Route"/> names it.</summary>
    public static readonly IReadOnlyDictionary<string, RouteCase> All = Cases.ToDictionary(c => c.Route);

    /// <summary>A read of one episode, statement or dispute.</summary>
    private static RouteCase Read(string pattern, Func<Subjects, Task<Guid>> subject) =>
        new(HttpMethod.Get, pattern, async s => new(await subject(s)), Expect.PartiesAndAuditors);

    private static RouteCase CouncilReport(string pattern, string query = "") => Report(pattern, Requests.Council, DischargeRoles.Council, query);

    private static RouteCase NhsBodyReport(string pattern, string query = "") => Report(pattern, Requests.NhsBody, DischargeRoles.Hospital, query);

    /// <summary>A report of the organisation <paramref name="code"/>, for it in <paramref name="role"/> and for auditors.</summary>
    private static RouteCase Report(string pattern, string code, string role, string query) =>
        new(HttpMethod.Get, pattern, _ => Task.FromResult(new RouteSubject(code)), Expect.Report(role), query);

    private static RouteCase Command(string pattern, Func<Subjects, Task<RouteSubject>> prepare, Func<AccessCell, HttpStatusCode> expected) =>
        new(HttpMethod.Post, pattern, prepare, expected);

    private static RouteCase EpisodeCommand(CommandCase command) => Command(
        $"/episodes/{{episodeId}}/{command.Path}",
        async s => new(await command.PrepareAsync(s.Hospital), command.Body),
        Expect.SentBy(command.OpensEpisode ? Created : Ok, command.Sender));

    private static Task<RouteSubject> NoSubject(Subjects subjects) => Task.FromResult(new RouteSubject(Parameter: null));
}
