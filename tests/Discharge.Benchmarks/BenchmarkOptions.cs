namespace Discharge.Benchmarks;

/// <summary>Reads <c>--name value</c> options; a missing or malformed value takes the default.</summary>
internal static class BenchmarkOptions
{
    public static int Int(string[] options, string name, int fallback) =>
        int.TryParse(String(options, name), out var value) ? value : fallback;

    public static string? String(string[] options, string name)
    {
        var index = Array.IndexOf(options, name);
        return index >= 0 && index + 1 < options.Length ? options[index + 1] : null;
    }
}
