namespace Discharge.Server.Bulk;

/// <summary>PostgreSQL's binary COPY format, as both directions of the bulk paths spell it.</summary>
internal static class BinaryCopy
{
    /// <summary>What every binary COPY begins with.</summary>
    public static ReadOnlySpan<byte> Signature => Header[..11];

    /// <summary>The signature, no flags, no header extension.</summary>
    public static ReadOnlySpan<byte> Header => [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>A field count of -1: no more rows.</summary>
    public static ReadOnlySpan<byte> Trailer => [0xFF, 0xFF];

    /// <summary>The version byte before a <c>jsonb</c> value's text.</summary>
    public const byte JsonbVersion = 1;
}
