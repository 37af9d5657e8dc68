using System.Text.Json;
using Discharge.Domain.Disputes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Recovery;
using Discharge.Domain.Rules;
using Discharge.Domain.Statements;
using Discharge.Server.Problems;
using Marten;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Discharge.Server.Commands;

/// <summary>
/// Runs a command about money (a statement, a payment, a dispute, a recovery claim): replays the first answer to a retried idempotency
/// key, reads what the decision needs, and appends its events to each stream at the version read, with the receipt and
/// any scheduled message, in one transaction. A command that loses a race with another writer reads and decides again.
/// </summary>
public sealed class MoneyCommandExecutor(IDocumentStore store, IServiceScopeFactory scopes, IClock clock, IOptions<JsonOptions> json, DischargeRules rules)
{
    private const int Attempts = 10;

    /// <summary>Runs the command; <paramref name="decide"/> reads through the session it is given and decides in the context.</summary>
    public async Task<CommandAnswer<TAccepted>> ExecuteAsync<TAccepted>(
        HttpContext http, object command, Func<IQuerySession, DecisionContext, Task<MoneyDecision>> decide)
    {
        var (origin, missing) = CommandOrigin.From(http.Request);
        if (origin is null)
        {
            return new(DischargeProblems.MissingHeaders(missing).ToResult());
        }

        http.Response.Headers[CommandOrigin.CorrelationIdHeader] = origin.CorrelationId;
        var fingerprint = CommandRecording.Fingerprint(http.Request, command, json.Value.SerializerOptions);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new(await AttemptAsync(origin, fingerprint, decide, http.RequestAborted));
            }
            catch (Exception e) when (CommandRecording.IsLostRace(e) && attempt < Attempts)
            {
                await CommandRecording.BackOffAsync(attempt, http.RequestAborted);
            }
        }
    }

    private async Task<IResult> AttemptAsync(
        CommandOrigin origin, string fingerprint, Func<IQuerySession, DecisionContext, Task<MoneyDecision>> decide, CancellationToken cancellation)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<CommandReceipt>(origin.ReceiptId, cancellation) is { } receipt)
        {
            return CommandRecording.Replay(receipt, fingerprint, origin);
        }

        var now = clock.GetCurrentInstant();
        switch (await decide(session, new DecisionContext(now, origin.Organisation, rules)))
        {
            case MoneyRefused refused:
                return refused.Refusal.ToProblem().ToResult();
            case MoneyRecorded recorded:
                CommandRecording.StampMetadata(session, origin, now);
                foreach (var stream in recorded.Events.GroupBy(e => e.StreamId))
                {
                    var events = stream.Select(e => e.Event).ToArray();
                    if (stream.First().StartsStream)
                    {
                        session.Events.StartStream(AggregateOf(events[0]), stream.Key, events);
                    }
                    else
                    {
                        // At the version the decision read: a writer that got there first makes this append fail.
                        session.Events.Append(stream.Key, recorded.ReadVersions[stream.Key] + events.Length, events);
                    }
                }

                var response = JsonSerializer.Serialize(recorded.Response, json.Value.SerializerOptions);
                var status = recorded.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK;
                return await CommandRecording.CommitAsync(
                    scope, session, origin, fingerprint, recorded.Events[0].StreamId, status, recorded.Location, response, recorded.Scheduled, now, cancellation);
            default:
                throw new InvalidOperationException("A command decides to record or to refuse.");
        }
    }

    /// <summary>The stream's type, so that the stored snapshot of a statement or a dispute is kept from its stream alone.</summary>
    private static Type AggregateOf(object first) => first switch
    {
        IStatementEvent => typeof(Statement),
        IDisputeEvent => typeof(Dispute),
        IRecoveryEvent => typeof(RecoveryClaim),
        _ => throw new InvalidOperationException($"No stream starts with a {first.GetType().Name}."),
    };
}
