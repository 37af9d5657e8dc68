using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Reporting;

public static class GetDelaysEndpoints
{
    /// <summary>The days a council caused or shared in delays from <c>from</c> to <c>to</c> (cut at today), as <see cref="DelayCounts"/>.</summary>
    [WolverineGet("/councils/{code}/delays")]
    public static Task<IResult> ForCouncil(
        string code, string? from, string? to, IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation) =>
        Count(new FieldErrors().Council("code", code), code, null, from, to, session, rules, clock, cancellation);

    /// <summary>The delayed days of an NHS body's patients from <c>from</c> to <c>to</c> (cut at today), as <see cref="DelayCounts"/>.</summary>
    [WolverineGet("/nhs-bodies/{code}/delays")]
    public static Task<IResult> ForNhsBody(
        string code, string? from, string? to, IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation) =>
        Count(new FieldErrors().NhsBody("code", code), null, code, from, to, session, rules, clock, cancellation);

    private static async Task<IResult> Count(
        FieldErrors errors, string? council, string? nhsBody, string? from, string? to,
        IQuerySession session, DischargeRules rules, IClock clock, CancellationToken cancellation)
    {
        if (ReportInput.Window(errors, from, to) is not { } asked || errors.Any)
        {
            return errors.ToProblem().ToResult();
        }

        var today = rules.Today(clock);
        var window = asked.UpTo(today);
        var ledgers = await session.LedgersWithin(window, council, nhsBody, cancellation);
        return Results.Ok(DelayCounts.Tally(council, nhsBody, asked, today, window, ledgers));
    }
}
