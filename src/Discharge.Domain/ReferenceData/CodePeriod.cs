using NodaTime;

namespace Discharge.Domain;

/// <summary>The days a register's code was in use, bounded inclusively by <c>from</c> and <c>to</c> (null: open).</summary>
internal static class CodePeriod
{
    public static bool Covers(LocalDate? from, LocalDate? to, LocalDate day) =>
        (from is not { } first || day >= first) && (to is not { } last || day <= last);

    /// <summary>"from 2019-04-01 onwards", "to 2019-03-31", "from 1993-04-01 to 2018-06-30".</summary>
    public static string Describe(LocalDate? from, LocalDate? to) => (from, to) switch
    {
        ({ } first, { } last) => $"from {first:uuuu-MM-dd} to {last:uuuu-MM-dd}",
        ({ } first, null) => $"from {first:uuuu-MM-dd} onwards",
        (null, { } last) => $"until {last:uuuu-MM-dd}",
        _ => "on every day",
    };
}
