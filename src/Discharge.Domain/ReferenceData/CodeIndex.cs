namespace Discharge.Domain;

/// <summary>The rows of a register looked up by code; a code listed twice is a mistake in the table.</summary>
internal static class CodeIndex
{
    public static Dictionary<string, T> Of<T>(IEnumerable<T> rows, Func<T, string> codeOf, string kind)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!index.TryAdd(codeOf(row), row))
            {
                throw new ArgumentException($"{kind} {codeOf(row)} is listed twice.");
            }
        }

        return index;
    }
}
