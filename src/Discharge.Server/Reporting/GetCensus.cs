using System.Security.Claims;
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

/// <summary>The patients in a delayed discharge period on one day, with what the day came to for each.</summary>
public sealed record Census(LocalDate On, string? Council, int Patients, IReadOnlyList<CensusPatient> Delayed);

public sealed record CensusPatient(Guid EpisodeId, string Council, string NhsBody, DayStatus Status, string Rule);

public static class GetCensusEndpoint
{
    /// <summary>
    /// Patients delayed on <c>on</c> (default today, never later), optionally of one council only; read from the
    /// episodes' delay ledgers. A council sees only its own patients and a hospital only its NHS body's (see
    /// <see cref="CensusScope"/>). 400 problem details for a bad date, 403 for another council's census, 422 for a
    /// council not in the register.
    /// </summary>
    [WolverineGet("/census")]
    [EndpointSummary("Patients delayed on a day")]
    [Authorize(Policy = AccessPolicies.Census)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public static async Task<Results<Ok<Census>, ProblemHttpResult>> Get(
        string? on, string? council, ClaimsPrincipal user, IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation)
    {
        var caller = new Caller(user);
        if (CensusScope.Of(caller, council) is not { } scope)
        {
            return IdentityProblems.NotYourReport(caller, CensusScope.Rule).ToResult();
        }

        council = scope.Council;
        var today = rules.Today(clock);
        var errors = new FieldErrors();
        var day = ReportInput.Date(errors, "on", on, required: false) ?? today;
        if (day > today)
        {
            errors.Add("on", "Cannot be after today: nobody is delayed yet on a future day.");
        }

        if (errors.Any)
        {
            return errors.ToProblem().ToResult();
        }

        if (council is not null && RegisterChecks.KnownCouncil(council, day: null, rules)?.ToProblem() is { } unknown)
        {
            return unknown.ToResult();
        }

        var onDay = new DateWindow(day, day);
        var ledgers = await session.LedgersWithin(onDay, council, scope.NhsBody, cancellation);
        var delayed = ledgers
            .SelectMany(l => l.RunsWithin(onDay, council).Select(r => new CensusPatient(l.Id, r.Run.Council, l.NhsBody, r.Run.Status, r.Run.Rule)))
            .ToList();
        return TypedResults.Ok(new Census(day, council, delayed.Count, delayed));
    }
}
