using System.Text.Json;
using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Server.Audit.Chain;
using Discharge.Server.Problems;
using Marten;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Discharge.Server.Commands;

/// <summary>
/// Runs a command against one episode's stream: replays the first answer to a retried idempotency key,
/// refuses a key reused for a different command, decides on the current history, and appends the events,
/// the receipt and any scheduled messages in one transaction guarded by the stream version. A command that
/// loses a race with another writer decides again on the new history, so none is lost or applied twice.
/// </summary>
public sealed class EpisodeCommandExecutor(
    IDocumentStore store, IServiceScopeFactory scopes, IClock clock, IOptions<JsonOptions> json, RememberedHistories remembered)
{
    private const int Attempts = 10;

    /// <summary>Runs the command; an accepted one answers with a <typeparamref name="TAccepted"/>.</summary>
    public async Task<CommandAnswer<TAccepted>> ExecuteAsync<TAccepted>(
        HttpContext http, Guid episodeId, object command, Func<EpisodeHistory, Decision> decide) =>
        new(await ExecuteAsync(http, episodeId, command, history => Answering<TAccepted>(decide(history))));

    /// <summary>The decision, once its acknowledgement is known to be the one the endpoint declares.</summary>
    private static Decision Answering<TAccepted>(Decision decision) => decision is Appended { Response: not TAccepted } wrong
        ? throw new InvalidOperationException($"The command answers {typeof(TAccepted).Name} but decided on a {wrong.Response.GetType().Name}.")
        : decision;

    private async Task<IResult> ExecuteAsync(
        HttpContext http, Guid episodeId, object command, Func<EpisodeHistory, Decision> decide)
    {
        var (origin, missing) = CommandOrigin.From(http.Request);
        if (origin is null)
        {
            return DischargeProblems.MissingHeaders(missing).ToResult();
        }

        // Told back, so that a client that sent none can find its command by the id stored with the events.
        http.Response.Headers[CommandOrigin.CorrelationIdHeader] = origin.CorrelationId;

        var fingerprint = CommandRecording.Fingerprint(http.Request, command, json.Value.SerializerOptions);
        if (remembered.Enabled)
        {
            // First decide on the remembered history, so that an accepted command costs one round trip: its write.
            // The write is guarded by the stream version and by the receipt's key, so a stale guess or a retry loses
            // the race and goes on to a fresh read below, as does any refusal, which is never answered from a guess.
            try
            {
                if (await AttemptAsync(origin, fingerprint, episodeId, decide, onGuess: true, http.RequestAborted) is { } answer)
                {
                    return answer;
                }
            }
            catch (Exception e) when (CommandRecording.IsLostRace(e))
            {
                remembered.Forget(episodeId);
            }
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AttemptAsync(origin, fingerprint, episodeId, decide, onGuess: false, http.RequestAborted)
                    ?? throw new InvalidOperationException("A command decided on a fresh read always answers.");
            }
            catch (Exception e) when (CommandRecording.IsLostRace(e) && attempt < Attempts)
            {
                // Another writer got there first: read the history again (and any receipt it left) and decide again.
                await CommandRecording.BackOffAsync(attempt, http.RequestAborted);
            }
        }
    }

    /// <summary>Decides on the remembered history (<paramref name="onGuess"/>) or on a fresh read; null when a guess cannot answer.</summary>
    private async Task<IResult?> AttemptAsync(
        CommandOrigin origin, string fingerprint, Guid episodeId, Func<EpisodeHistory, Decision> decide, bool onGuess, CancellationToken cancellation)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var session = store.LightweightSession();

        RememberedHistory known;
        if (onGuess)
        {
            known = remembered.Recall(episodeId);
            session.ReadChainAt(episodeId, known.Version, known.ChainHash);
        }
        else
        {
            // History and receipt in one round trip, the stream read first: they commit together, so a retry whose
            // first copy committed between the two reads cannot see the events without the receipt and be refused.
            var batch = session.CreateBatchQuery();
            var eventsLoaded = batch.Events.FetchStream(episodeId);
            var receiptLoaded = batch.Load<CommandReceipt>(origin.ReceiptId);
            await batch.Execute(cancellation);
            if (await receiptLoaded is { } receipt)
            {
                return CommandRecording.Replay(receipt, fingerprint, origin);
            }

            var events = await eventsLoaded;
            if (events.Count > 0 && events[0].Data is not IEpisodeEvent)
            {
                // A statement's or a dispute's stream: no episode has this id.
                return EpisodeChecks.NotFound(episodeId).ToProblem().ToResult();
            }

            if (events.Count == 0)
            {
                // Nothing to remember: a flood of unknown ids must not push real episodes out.
                known = RememberedHistory.None;
            }
            else
            {
                known = new RememberedHistory(events[^1].Version, [.. events.Select(e => e.Data)], EventHash.Of(events[^1]) ?? EventHash.Genesis);
                remembered.Remember(episodeId, known);
                session.ReadStream(episodeId, events);
            }
        }

        var now = clock.GetCurrentInstant();
        var history = new EpisodeHistory(episodeId, known.Version, known.Events, now, origin);
        switch (decide(history))
        {
            case Refused refused:
                return onGuess ? null : refused.Refusal.ToProblem().ToResult();
            case Appended appended:
                var response = JsonSerializer.Serialize(appended.Response, json.Value.SerializerOptions);
                CommandRecording.StampMetadata(session, origin, now);
                var written = history.Exists
                    ? session.Events.Append(episodeId, history.Version + appended.Events.Count, [.. appended.Events])
                    : session.Events.StartStream(episodeId, [.. appended.Events]);

                var location = $"/episodes/{episodeId}";
                var status = history.Exists ? StatusCodes.Status200OK : StatusCodes.Status201Created;
                var answer = await CommandRecording.CommitAsync(
                    scope, session, origin, fingerprint, episodeId, status, location, response, appended.Scheduled, now, cancellation);
                remembered.Remember(episodeId, new RememberedHistory(
                    history.Version + appended.Events.Count, [.. known.Events, .. appended.Events], EventHash.Of(written.Events[^1]) ?? EventHash.Genesis));
                return answer;
            default:
                throw new InvalidOperationException("A command decides to append or to refuse.");
        }
    }
}
