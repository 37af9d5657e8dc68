using System.Security.Claims;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using Discharge.Server.Identity;
using Discharge.Server.Liability;
using Discharge.Server.Problems;
using Discharge.Server.Reporting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using NodaTime.Text;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>One page of an episode's days, in date order, and the address of the next page (null on the last).</summary>
public sealed record EpisodeDays(
    Guid EpisodeId, LocalDate? From, LocalDate? To, int Page, int PageSize, int TotalDays, IReadOnlyList<LiabilityReportDay> Days, string? Next);

public static class GetEpisodeDaysEndpoint
{
    public const int DefaultPageSize = 100;
    public const int MaximumPageSize = 500;

    /// <summary>
    /// The days of the episode's live liability, each with the rule that decided it: those from <c>from</c> to
    /// <c>to</c> (both optional, inclusive), <c>pageSize</c> (default 100, at most 500) to a <c>page</c> (from 1).
    /// With <c>knownAt</c>, the days as the service knew the episode then (as <c>GET /episodes/{id}?knownAt</c>).
    /// 400 problem details for a bad parameter, 404 when there is no such episode.
    /// </summary>
    [WolverineGet("/episodes/{episodeId}/days")]
    [EndpointSummary("An episode's days, each with the rule that decided it")]
    [Authorize(Policy = AccessPolicies.EpisodeParties)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<Results<Ok<EpisodeDays>, ProblemHttpResult>> Get(
        Guid episodeId, string? from, string? to, string? page, string? pageSize, string? knownAt, ClaimsPrincipal user,
        IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var first = ReportInput.Date(errors, "from", from, required: false);
        var last = ReportInput.Date(errors, "to", to, required: false);
        var number = ReportInput.Count(errors, "page", page, fallback: 1, maximum: int.MaxValue);
        var size = ReportInput.Count(errors, "pageSize", pageSize, fallback: DefaultPageSize, maximum: MaximumPageSize);
        var known = ReportInput.PastInstant(errors, nameof(knownAt), knownAt, clock);
        if (first > last)
        {
            errors.Add("to", "Must not be before 'from'.");
        }

        if (errors.Any)
        {
            return errors.ToProblem().ToResult();
        }

        if (await EpisodeRead.FetchAsync(episodeId, user, session, rules, clock, known, cancellation) is not { } episode)
        {
            return EpisodeChecks.NotFound(episodeId).ToProblem().ToResult();
        }

        var days = episode.Liability.Days.Where(d => (first is null || d.Date >= first) && (last is null || d.Date <= last)).ToList();
        var skipped = (long)(number - 1) * size;
        var next = skipped + size < days.Count
            ? $"/episodes/{episodeId}/days?page={number + 1}&pageSize={size}{Bound("from", first)}{Bound("to", last)}{KnownAt(known)}"
            : null;
        return TypedResults.Ok(new EpisodeDays(
            episodeId, first, last, number, size, days.Count, [.. days.Skip((int)Math.Min(skipped, days.Count)).Take(size).Select(LiabilityReportDay.Of)], next));
    }

    private static string Bound(string name, LocalDate? day) => day is { } d ? $"&{name}={LocalDatePattern.Iso.Format(d)}" : "";

    private static string KnownAt(Instant? instant) => instant is { } i ? $"&knownAt={InstantPattern.ExtendedIso.Format(i)}" : "";
}
