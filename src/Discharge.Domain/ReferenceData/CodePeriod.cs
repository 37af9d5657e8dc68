using NodaTime;

namespace Discharge.Domain;

/// <summary>The days a register's code was in use, bounded inclusively by <c>from</c> and <c>to</c> (null: open).</summary>
internal static class CodePeriod
{
    public static bool Covers(LocalDate? from, LocalDate? to, LocalDate day) =>
        (from is not { } first || day >= first) && (to is not { } last || day <= last);
}
