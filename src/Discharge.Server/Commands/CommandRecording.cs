using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Discharge.Server.Problems;
using JasperFx;
using Marten;
using Marten.Exceptions;
using NodaTime;
using NodaTime.Text;
using Wolverine;
using Wolverine.Marten;

namespace Discharge.Server.Commands;

/// <summary>
/// What every command executor does the same way: fingerprint the command for its receipt, answer a retry from the
/// receipt, stamp who sent the events, schedule follow-up messages in the same transaction, and tell a lost race.
/// </summary>
internal static class CommandRecording
{
    /// <summary>SHA-256 of the route and the command as bound: a changed payload under the same key is refused.</summary>
    public static string Fingerprint(HttpRequest request, object command, JsonSerializerOptions json)
    {
        var canonical = $"{request.Method} {request.Path}\n{JsonSerializer.Serialize(command, command.GetType(), json)}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>The first answer to a retried command, or a refusal when its key was first used for another one.</summary>
    public static IResult Replay(CommandReceipt receipt, string fingerprint, CommandOrigin origin) =>
        receipt.Fingerprint == fingerprint
            ? new JsonTextResult(receipt.StatusCode, receipt.ResponseJson, receipt.Location)
            : DischargeProblems.IdempotencyKeyReused(origin.IdempotencyKey).ToResult();

    public static void StampMetadata(IDocumentSession session, CommandOrigin origin, Instant receivedAt)
    {
        session.CorrelationId = origin.CorrelationId;
        session.LastModifiedBy = origin.User;
        session.SetHeader(RecordedOrigin.OrganisationHeader, origin.Organisation);
        session.SetHeader(RecordedOrigin.UserHeader, origin.User);
        StampReceivedAt(session, receivedAt);
        session.SetHeader(RecordedOrigin.IdempotencyKeyHeader, origin.IdempotencyKey);
    }

    /// <summary>
    /// When the service took the events in, by its own clock: what <c>knownAt</c> reads compare with. The service's
    /// own events (the scheduled liability check) carry it too, with no sender.
    /// </summary>
    public static void StampReceivedAt(IDocumentSession session, Instant receivedAt) =>
        // ExtendedIso keeps the fraction of a second, which Instant.ToString() drops.
        session.SetHeader(RecordedOrigin.ReceivedAtHeader, InstantPattern.ExtendedIso.Format(receivedAt));

    /// <summary>
    /// Writes what the command appended with its receipt (the answer a retry gets) and its scheduled messages, in one
    /// transaction, and answers as the receipt says.
    /// </summary>
    public static async Task<IResult> CommitAsync(
        AsyncServiceScope scope, IDocumentSession session, CommandOrigin origin, string fingerprint, Guid streamId, int status, string location,
        string response, IReadOnlyList<ScheduledMessage> scheduled, Instant now, CancellationToken cancellation)
    {
        session.Insert(new CommandReceipt
        {
            Id = origin.ReceiptId,
            Fingerprint = fingerprint,
            StreamId = streamId,
            StatusCode = status,
            Location = location,
            ResponseJson = response,
            ReceivedAt = now,
        });
        await ScheduleAsync(scope, session, scheduled, now);
        await session.SaveChangesAsync(cancellation);
        return new JsonTextResult(status, response, location);
    }

    private static async Task ScheduleAsync(AsyncServiceScope scope, IDocumentSession session, IReadOnlyList<ScheduledMessage> scheduled, Instant now)
    {
        if (scheduled.Count == 0)
        {
            return;
        }

        // The outbox rides on this session's transaction: the messages exist only if the events do.
        var outbox = scope.ServiceProvider.GetRequiredService<IMartenOutbox>();
        outbox.Enroll(session);
        foreach (var message in scheduled)
        {
            // The wait is measured on the service's clock, the one every date here comes from. A message already due
            // (a notice recorded after its relevant day ended) waits for the next poll of scheduled messages, which
            // takes them in batches, rather than running at once beside the commands still arriving.
            var wait = message.At - now;
            await outbox.ScheduleAsync(message.Message, wait > Duration.Zero ? wait.ToTimeSpan() : TimeSpan.Zero);
        }
    }

    /// <summary>Another writer got there first: a stream moved on, a stream was started, or the receipt's key was taken.</summary>
    public static bool IsLostRace(Exception e) =>
        e is ConcurrencyException or ExistingStreamIdCollisionException or DocumentAlreadyExistsException
        || (e is AggregateException aggregate && aggregate.InnerExceptions.All(IsLostRace));

    /// <summary>A random pause that grows with each lost race, so that a crowd of writers on one stream spreads out.</summary>
    public static Task BackOffAsync(int attempt, CancellationToken cancellation) =>
        Task.Delay(Random.Shared.Next(5 << Math.Min(attempt, 5)), cancellation);
}
