using System.Text.Json;
using Discharge.Domain.Rules;
using Marten;
using Marten.Linq.MatchesSql;
using NodaTime;

namespace Discharge.Server.Reporting;

/// <summary>Finds the episode ledgers a report reads: those with a delayed day in the window, for a council or an NHS body.</summary>
internal static class LedgerQueries
{
    /// <summary>The ledger has a day from the first parameter's day to the second's (ISO dates), as the days index answers.</summary>
    internal const string OverlapsWindow = EpisodeDelayLedger.DaysRange + " && daterange(?::date, ?::date, '[]')";

    /// <summary>
    /// The same test on the stored ISO text (which sorts in date order for the years 1900-2199), which no index serves: a
    /// council's or NHS body's ledgers are found through its own index and only then tested. Given the days index, the
    /// planner can mistake a year for a few ledgers (before the table's statistics hold the range) and read every ledger
    /// of the year through it.
    /// </summary>
    internal const string WithinWindowText = "data ->> 'firstDay' <= ? AND data ->> 'lastDay' >= ?";

    /// <summary>
    /// The ledger's councils hold the parameter's (a JSON array of one code). Said of <c>data -> 'councils'</c>, which
    /// the GIN index on the councils serves; Marten's <c>Contains</c> tests the whole document and reads every ledger of the window.
    /// </summary>
    internal const string HasCouncil = "data -> 'councils' @> ?::jsonb";

    /// <summary>The stored ledgers, or with <paramref name="knownAt"/> the ledgers recomputed from the events known then.</summary>
    public static Task<IReadOnlyList<EpisodeDelayLedger>> Ledgers(
        this IQuerySession session, DateWindow? window, string? council, string? nhsBody, Instant? knownAt, DischargeRules rules,
        CancellationToken cancellation) =>
        knownAt is { } instant
            ? session.LedgersKnownAt(instant, window, council, nhsBody, rules, cancellation)
            : session.LedgersWithin(window, council, nhsBody, cancellation);

    public static async Task<IReadOnlyList<EpisodeDelayLedger>> LedgersWithin(
        this IQuerySession session, DateWindow? window, string? council, string? nhsBody, CancellationToken cancellation)
    {
        if (window is not { } days)
        {
            return [];
        }

        // Marten's LINQ cannot compare NodaTime dates: the window is given as ISO dates.
        var query = council is null && nhsBody is null
            ? session.Query<EpisodeDelayLedger>().Where(l => l.MatchesSql(OverlapsWindow, days.Iso.From, days.Iso.To))
            : session.Query<EpisodeDelayLedger>().Where(l => l.MatchesSql(WithinWindowText, days.Iso.To, days.Iso.From));
        if (council is not null)
        {
            query = query.Where(l => l.MatchesSql(HasCouncil, JsonSerializer.Serialize(new[] { council })));
        }

        if (nhsBody is not null)
        {
            query = query.Where(l => l.NhsBody == nhsBody);
        }

        return await query.OrderBy(l => l.Id).ToListAsync(cancellation);
    }

}
