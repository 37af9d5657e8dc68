using NodaTime;

namespace Discharge.Domain;

/// <summary>
/// Why a register does not accept a code on a day: the code is not listed at all, or it was not in use that day.
/// The API refuses with the reason and the engine flags with it, so both say the same (docs/rules.md, "Registers").
/// </summary>
public sealed record RegisterRefusal(bool Listed, string Reason)
{
    /// <summary>A listed code is refused only on the days it was not in use; without a day, never.</summary>
    internal static RegisterRefusal? OutOfUse(string code, string name, LocalDate? from, LocalDate? to, LocalDate? on) =>
        on is not { } day || CodePeriod.Covers(from, to, day) ? null
        : new RegisterRefusal(true, $"{code} ({name}) was not in existence on {day:uuuu-MM-dd}: its code was in use {CodePeriod.Describe(from, to)}.");
}
