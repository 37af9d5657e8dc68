using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes;
using Discharge.Domain.Rules;
using Discharge.Domain.Statements;
using Discharge.Server.Liability;
using Discharge.Server.Reporting;
using Marten;
using NodaTime;

namespace Discharge.Server.Statements;

/// <summary>
/// What billing reads: the statements one NHS body issued to one council with the days given up in their disputes, and
/// the current liability of every episode that has days on them or in a month being billed, computed from the events.
/// </summary>
internal static class StatementSources
{
    public static async Task<StatementAccount> AccountAsync(IQuerySession session, string nhsBody, string council, CancellationToken cancellation)
    {
        var statements = await session.Query<Statement>().Where(s => s.NhsBody == nhsBody && s.Council == council).ToListAsync(cancellation);
        var disputes = await session.Query<Dispute>().Where(d => d.NhsBody == nhsBody && d.Council == council).ToListAsync(cancellation);
        return new StatementAccount([.. statements], [.. disputes.SelectMany(d => d.Concessions())]);
    }

    /// <summary>
    /// The liability today of every episode on the <paramref name="billed"/> statements and of every episode of the NHS
    /// body with days for the council in <paramref name="months"/> (found through the delay ledgers); each computed from
    /// its own events, so a fact recorded a moment ago counts.
    /// </summary>
    public static async Task<Dictionary<Guid, EpisodeCharges>> EpisodesAsync(
        IQuerySession session, string nhsBody, string council, IReadOnlyCollection<BillingMonth> months, IEnumerable<Statement> billed,
        DischargeRules rules, LocalDate today, CancellationToken cancellation)
    {
        var ids = billed.SelectMany(s => s.Issued.Lines.Select(l => l.EpisodeId))
            .Union(await EpisodesWithDaysAsync(session, nhsBody, council, months, cancellation));
        return await ChargesAsync(session, ids, rules, today, cancellation);
    }

    /// <summary>The episodes of the NHS body with a delayed day for the council in <paramref name="months"/>, as the delay ledgers have them.</summary>
    public static async Task<IEnumerable<Guid>> EpisodesWithDaysAsync(
        IQuerySession session, string nhsBody, string council, IReadOnlyCollection<BillingMonth> months, CancellationToken cancellation)
    {
        if (months.Count == 0)
        {
            return [];
        }

        var window = new DateWindow(months.Min().FirstDay, months.Max().LastDay);
        return (await session.LedgersWithin(window, council, nhsBody, cancellation)).Select(l => l.Id);
    }

    /// <summary>The liability today of each of the episodes, computed from its own events; an episode with no notice is left out.</summary>
    public static async Task<Dictionary<Guid, EpisodeCharges>> ChargesAsync(
        IQuerySession session, IEnumerable<Guid> ids, DischargeRules rules, LocalDate today, CancellationToken cancellation)
    {
        var episodes = new Dictionary<Guid, EpisodeCharges>();
        foreach (var (id, events) in await EpisodeStreams.ReadManyAsync(session, [.. ids], cancellation))
        {
            var episode = Episode.From(id, events.Select(e => e.Data));
            if (EpisodeLiabilityReader.Compute(episode, rules, today) is { } liability)
            {
                episodes[id] = new EpisodeCharges(id, episode.PatientReference, liability);
            }
        }

        return episodes;
    }
}
