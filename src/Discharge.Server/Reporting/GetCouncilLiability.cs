using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using Discharge.Server.Episodes;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Reporting;

/// <summary>A council's liability in a window, to today at the latest: by NHS body and month, by rule, and by episode.</summary>
public sealed record CouncilLiability(
    string Council,
    LocalDate From,
    LocalDate To,
    LocalDate AsOf,
    LiabilityFigures Totals,
    IReadOnlyList<NhsBodyMonthLiability> ByNhsBodyAndMonth,
    IReadOnlyList<RuleLiability> ByRule,
    IReadOnlyList<EpisodeLiabilityLine> Episodes);

public sealed record NhsBodyMonthLiability(string NhsBody, string Month, LiabilityFigures Figures);

/// <summary>The figures a rule decided: every pound is explained by the rule that charged it.</summary>
public sealed record RuleLiability(string Rule, DayStatus Status, LiabilityFigures Figures);

public sealed record EpisodeLiabilityLine(Guid EpisodeId, string NhsBody, string RuleSet, LiabilityFigures Figures);

public static class GetCouncilLiabilityEndpoint
{
    /// <summary>
    /// What the council owes for days from <c>from</c> to <c>to</c> (cut at today), as the rules engine decides
    /// them; read from the episodes' delay ledgers. With <c>knownAt</c> (an ISO instant), as the service knew it then:
    /// recomputed from the events received by that instant (<see cref="KnownLedgers"/>), still counted to today.
    /// 400 problem details for a bad window or instant, 422 for a council not in the register.
    /// </summary>
    [WolverineGet("/councils/{code}/liability")]
    [EndpointSummary("What a council owes, by NHS body, month, rule and episode")]
    [Authorize(Policy = AccessPolicies.OwnCouncilReport)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public static async Task<Results<Ok<CouncilLiability>, ProblemHttpResult>> Get(
        string code, string? from, string? to, string? knownAt, IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var known = ReportInput.PastInstant(errors, nameof(knownAt), knownAt, clock);
        if (ReportInput.Window(errors, from, to) is not { } asked || errors.Any)
        {
            return errors.ToProblem().ToResult();
        }

        if (RegisterChecks.KnownCouncil(code, day: null, rules)?.ToProblem() is { } unknown)
        {
            return unknown.ToResult();
        }

        var today = rules.Today(clock);
        var window = asked.UpTo(today);
        var ledgers = await session.Ledgers(window, code, null, known, rules, cancellation);
        return TypedResults.Ok(Tally(code, asked, today, window, ledgers));
    }

    /// <summary>The liability of <paramref name="ledgers"/> inside <paramref name="window"/>: what the report answers, and the league table ranks.</summary>
    public static CouncilLiability Tally(
        string council, DateWindow asked, LocalDate today, DateWindow? window, IReadOnlyList<EpisodeDelayLedger> ledgers)
    {
        var totals = LiabilityFigures.None;
        var byMonth = new Sums<(string NhsBody, string Month), LiabilityFigures>(LiabilityFigures.None, (sum, more) => sum.Plus(more));
        var byRule = new Sums<(string Rule, DayStatus Status), LiabilityFigures>(LiabilityFigures.None, (sum, more) => sum.Plus(more));
        var episodes = new List<EpisodeLiabilityLine>();
        foreach (var ledger in ledgers)
        {
            var episode = LiabilityFigures.None;
            foreach (var (run, days) in ledger.RunsWithin(window, council))
            {
                episode = episode.Plus(run, days.Days);
                byRule.Add((run.Rule, run.Status), LiabilityFigures.None.Plus(run, days.Days));
                foreach (var (month, monthDays) in days.ByMonth())
                {
                    byMonth.Add((ledger.NhsBody, month), LiabilityFigures.None.Plus(run, monthDays.Days));
                }
            }

            totals = totals.Plus(episode);
            episodes.Add(new EpisodeLiabilityLine(ledger.Id, ledger.NhsBody, ledger.RuleSet, episode));
        }

        return new CouncilLiability(
            council,
            asked.From,
            asked.To,
            today,
            totals,
            [.. byMonth.InOrder().Select(m => new NhsBodyMonthLiability(m.Key.NhsBody, m.Key.Month, m.Value))],
            [.. byRule.InOrder().Select(r => new RuleLiability(r.Key.Rule, r.Key.Status, r.Value))],
            episodes);
    }
}
