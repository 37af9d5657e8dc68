namespace Discharge.Domain;

/// <summary>
/// What one stream's events make, folded one event at a time: a statement, a dispute, a recovery claim. The same fold
/// decides commands and keeps the stored document.
/// </summary>
public interface IStreamFold<TSelf>
    where TSelf : class, IStreamFold<TSelf>
{
    /// <summary>How many events are recorded: the stream version the fold stands at.</summary>
    long Version { get; }

    /// <summary>The fold begun by the stream's first event; null when the event begins no such stream.</summary>
    static abstract TSelf? Start(object first);

    /// <summary>The fold once <paramref name="recorded"/>, the next event of its stream, has happened.</summary>
    void Evolve(object recorded);
}

public static class StreamFold
{
    /// <summary>What <paramref name="events"/>, a stream's in recorded order, make; null when they begin no such stream.</summary>
    public static T? From<T>(IEnumerable<object> events)
        where T : class, IStreamFold<T>
    {
        T? fold = null;
        foreach (var recorded in events)
        {
            if (fold is null)
            {
                fold = T.Start(recorded);
            }
            else
            {
                fold.Evolve(recorded);
            }
        }

        return fold;
    }
}
