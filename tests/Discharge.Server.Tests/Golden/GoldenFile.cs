using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace Discharge.Server.Tests.Golden;

/// <summary>
/// Compares what users see with a file saved in this folder of the source tree, byte for byte. To rewrite the saved
/// files on purpose (after a change users are meant to see), run the tests with DISCHARGE_UPDATE_GOLDEN=1, then read
/// the diff before committing it; without it a missing or different file fails the test and nothing is written.
/// </summary>
public static class GoldenFile
{
    public const string UpdateVariable = "DISCHARGE_UPDATE_GOLDEN";

    /// <summary>This folder in the source tree (not the build output), so that an update rewrites the committed files.</summary>
    public static string Folder { get; } = Path.GetDirectoryName(SourceFile())!;

    public static void ShouldMatch(string path, string actual)
    {
        var actualBytes = Encoding.UTF8.GetBytes(actual);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllBytes(path, actualBytes);
            return;
        }

        if (!File.Exists(path))
        {
            throw new XunitException($"{path} does not exist: run the tests with {UpdateVariable}=1 to write it.");
        }

        if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(actualBytes))
        {
            throw new XunitException(FirstDifference(path, File.ReadAllText(path), actual));
        }
    }

    private static string FirstDifference(string path, string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        var wanted = line < expectedLines.Length ? expectedLines[line] : "(end of file)";
        var got = line < actualLines.Length ? actualLines[line] : "(end of output)";
        var column = wanted.Zip(got).TakeWhile(pair => pair.First == pair.Second).Count();
        return $"""
            {path} differs from the output at line {line + 1}, column {column + 1} (to accept the output on purpose: {UpdateVariable}=1):
              expected: {Around(wanted, column)}
              actual:   {Around(got, column)}
            """;
    }

    /// <summary>Long lines (a whole JSON answer) are shown only around the first difference.</summary>
    private static string Around(string line, int column)
    {
        const int Width = 120;
        var start = Math.Max(0, column - (Width / 2));
        var shown = line.Substring(start, Math.Min(Width, line.Length - start));
        return (start > 0 ? "…" : "") + shown + (start + Width < line.Length ? "…" : "");
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
