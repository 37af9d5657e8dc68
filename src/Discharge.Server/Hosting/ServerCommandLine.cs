namespace Discharge.Server.Hosting;

/// <summary>The command line as JasperFx should read it.</summary>
internal static class ServerCommandLine
{
    private static readonly string[] HelpFlags = ["--help", "-h", "-?"];

    /// <summary>
    /// Help asked for with a flag becomes the help command: <c>--help</c> is <c>help</c>, <c>db-apply --help</c> is
    /// <c>help db-apply</c>. JasperFx would take <c>--help</c> for an unknown flag of <c>run</c>, after starting a database.
    /// </summary>
    public static string[] Normalise(string[] args) =>
        args.Any(a => HelpFlags.Contains(a, StringComparer.OrdinalIgnoreCase))
            ? ["help", .. args.Take(1).Where(a => !a.StartsWith('-'))]
            : args;
}
