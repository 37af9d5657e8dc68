using System.Text.Json;

namespace Discharge.Server.Audit.Chain;

/// <summary>One row of the event table as verify-chain reads it: its sequence number, what its hash covers, and the hash it carries.</summary>
internal sealed record StoredEvent(long Sequence, EventContent Content, string? Hash);

internal static class StoredHash
{
    /// <summary>The hash in a row's headers, or null when it carries none (or its headers no longer parse).</summary>
    public static string? Of(string? headersJson)
    {
        if (headersJson is null)
        {
            return null;
        }

        try
        {
            using var headers = JsonDocument.Parse(headersJson);
            return headers.RootElement.ValueKind == JsonValueKind.Object
                && headers.RootElement.TryGetProperty(EventHash.Header, out var hash) && hash.ValueKind == JsonValueKind.String
                ? hash.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
