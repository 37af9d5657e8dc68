namespace Discharge.Server.Reporting;

/// <summary>
/// Sums by key, kept in a hash table and handed out in the order a <see cref="SortedDictionary{TKey,TValue}"/> of the
/// same keys holds them (<see cref="Comparer{T}.Default"/>): each run of a report adds to a sum by a single lookup, where a
/// sorted dictionary compares its keys' strings all the way down its tree, and the keys are sorted once at the end.
/// </summary>
internal sealed class Sums<TKey, TValue>(TValue zero, Func<TValue, TValue, TValue> plus)
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> sums = [];

    public IEnumerable<TValue> Values => sums.Values;

    public void Add(TKey key, TValue value) =>
        sums[key] = plus(sums.TryGetValue(key, out var sum) ? sum : zero, value);

    public IEnumerable<KeyValuePair<TKey, TValue>> InOrder() => sums.OrderBy(s => s.Key, Comparer<TKey>.Default);
}
