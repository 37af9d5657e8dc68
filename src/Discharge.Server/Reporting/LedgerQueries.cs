using Discharge.Domain.Rules;
using Marten;
using Marten.Linq.MatchesSql;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Reporting;

/// <summary>Finds the episode ledgers a report reads: those with a delayed day in the window, for a council or an NHS body.</summary>
internal static class LedgerQueries
{
    /// <summary>The ledger has a day from the first parameter's day to the second's (ISO dates, latest first).</summary>
    internal const string OverlapsWindow = "data ->> 'firstDay' <= ? AND data ->> 'lastDay' >= ?";

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

        // Marten's LINQ cannot compare NodaTime dates. ISO dates of the years the service accepts (1900-2199) sort as
        // text in date order, so the stored text is compared, which EpisodeDelayLedger's days index serves.
        var query = session.Query<EpisodeDelayLedger>().Where(l => l.MatchesSql(
            OverlapsWindow,
            Iso(days.To),
            Iso(days.From)));
        if (council is not null)
        {
            query = query.Where(l => l.Councils.Contains(council));
        }

        if (nhsBody is not null)
        {
            query = query.Where(l => l.NhsBody == nhsBody);
        }

        return await query.OrderBy(l => l.Id).ToListAsync(cancellation);
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
