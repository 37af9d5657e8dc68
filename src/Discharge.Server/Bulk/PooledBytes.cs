using System.Buffers;

namespace Discharge.Server.Bulk;

/// <summary>
/// Bytes written one after another into an array rented from the shared pool (a larger one when full): batches of rows
/// that leave no large arrays behind for the collector. Dispose returns the array.
/// </summary>
internal sealed class PooledBytes(int initialSize) : IBufferWriter<byte>, IDisposable
{
    private byte[] bytes = ArrayPool<byte>.Shared.Rent(initialSize);

    public int Length { get; private set; }

    public Memory<byte> Written => bytes.AsMemory(0, Length);

    /// <summary>Room for at least <paramref name="size"/> more bytes; <see cref="Advance"/> keeps what was written there.</summary>
    public Span<byte> Room(int size)
    {
        if (bytes.Length - Length < size)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length * 2, Length + size));
            bytes.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(bytes);
            bytes = larger;
        }

        return bytes.AsSpan(Length);
    }

    public void Advance(int count) => Length += count;

    public Span<byte> GetSpan(int sizeHint = 0) => Room(Math.Max(sizeHint, 256));

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Room(Math.Max(sizeHint, 256));
        return bytes.AsMemory(Length);
    }

    public void Append(ReadOnlySpan<byte> value)
    {
        value.CopyTo(Room(value.Length));
        Length += value.Length;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(bytes);
        bytes = [];
        Length = 0;
    }
}
