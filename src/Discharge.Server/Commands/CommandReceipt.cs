using NodaTime;

namespace Discharge.Server.Commands;

/// <summary>
/// The first answer to a command, kept under its client-supplied id so that a retry gets the same answer
/// and appends nothing. Stored in the same transaction as the command's events.
/// </summary>
public sealed class CommandReceipt
{
    /// <summary>The submitting organisation and its idempotency key: keys are the client's, scoped to it.</summary>
    public string Id { get; set; } = "";

    /// <summary>SHA-256 of the route and the command as bound: a changed payload under the same key is refused.</summary>
    public string Fingerprint { get; set; } = "";

    /// <summary>The stream the command wrote to first: its episode, statement or dispute.</summary>
    public Guid StreamId { get; set; }

    public int StatusCode { get; set; }

    public string? Location { get; set; }

    public string ResponseJson { get; set; } = "";

    public Instant ReceivedAt { get; set; }
}
