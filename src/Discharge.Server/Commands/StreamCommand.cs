using Discharge.Domain;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using Discharge.Server.Audit.Chain;
using Marten;

namespace Discharge.Server.Commands;

/// <summary>
/// A command about money on one stream that exists (a statement's payment, a dispute's answer, a claim's answer):
/// decided on the stream's fold, appended at the version it was read at, and answered with the fold after the events.
/// </summary>
internal static class StreamCommand
{
    public static Task<CommandAnswer<TView>> RunAsync<TFold, TView>(
        Guid streamId,
        object command,
        HttpContext http,
        MoneyCommandExecutor executor,
        string location,
        Func<TFold?, DecisionContext, MoneyOutcome> decide,
        Func<TFold, TView> view,
        Func<IReadOnlyList<object>, DecisionContext, ScheduledMessage?>? schedule = null)
        where TFold : class, IStreamFold<TFold> =>
        executor.ExecuteAsync<TView>(http, command, async (session, context) =>
        {
            var fold = await session.FoldAsync<TFold>(streamId, http.RequestAborted);
            IReadOnlyList<object> recorded = [];
            var decision = MoneyDecision.Of(
                decide(fold, context),
                new Dictionary<Guid, long> { [streamId] = fold?.Version ?? 0 },
                location,
                created: false,
                events =>
                {
                    recorded = events;
                    foreach (var e in events)
                    {
                        fold!.Evolve(e);
                    }

                    return view(fold!)!;
                });
            return decision is MoneyRecorded accepted && schedule?.Invoke(recorded, context) is { } message
                ? accepted.Schedule(message.Message, message.At)
                : decision;
        });

    /// <summary>
    /// What the stream's events make, read from the events themselves (not the stored document), with its version. A
    /// writing session also learns where the stream's hash chain ends, so that its append needs no read of its own.
    /// </summary>
    public static async Task<TFold?> FoldAsync<TFold>(this IQuerySession session, Guid streamId, CancellationToken cancellation)
        where TFold : class, IStreamFold<TFold>
    {
        var events = await session.Events.FetchStreamAsync(streamId, token: cancellation);
        session.ReadStream(streamId, events);
        return StreamFold.From<TFold>(events.Select(e => e.Data));
    }
}
