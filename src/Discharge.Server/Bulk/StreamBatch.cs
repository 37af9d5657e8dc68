namespace Discharge.Server.Bulk;

/// <summary>
/// Whole streams' events as the event table holds them: each event's type and the UTF-8 of its JSON, all in one pooled
/// buffer, so that a batch read is not thousands of small arrays for the collector to follow. Dispose returns the buffer.
/// </summary>
/// <param name="events">About how many events the batch will hold: its lists are made that large at once, not grown.</param>
internal sealed class StreamBatch(int events) : IDisposable
{
    private readonly List<(Guid Id, int FirstEvent)> streams = new(events / 4);
    private readonly List<(Type Type, int Start, int Length)> events = new(events);
    private readonly PooledBytes data = new(1 << 20);

    public int Streams => streams.Count;

    public int Events => events.Count;

    public void StartStream(Guid id) => streams.Add((id, events.Count));

    /// <summary>Adds an event to the stream started last.</summary>
    public void AddEvent(Type type, ReadOnlySpan<byte> json)
    {
        events.Add((type, data.Length, json.Length));
        data.Append(json);
    }

    /// <summary>Stream <paramref name="index"/>: its id and the range of its events.</summary>
    public (Guid Id, Range Events) Stream(int index)
    {
        var (id, first) = streams[index];
        var next = index + 1 < streams.Count ? streams[index + 1].FirstEvent : events.Count;
        return (id, first..next);
    }

    public (Type Type, ReadOnlyMemory<byte> Json) Event(int index)
    {
        var (type, start, length) = events[index];
        return (type, data.Written.Slice(start, length));
    }

    public void Dispose() => data.Dispose();
}
