using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>The parties a command or a report names must be in the registers, by the rules the engine flags with.</summary>
public static class RegisterChecks
{
    /// <summary>
    /// A council must be an English council in existence on the day (a notice, a transfer), or listed at any time (a
    /// report), by the register rule the engine flags with (docs/rules.md#defect-council-not-in-existence, #defect-council-outside-england).
    /// </summary>
    public static Refusal? KnownCouncil(string code, LocalDate? day, DischargeRules rules) =>
        rules.ReferenceData.Councils.Refusal(code, day) is { } refusal
            ? Refusal.RuleBroken(
                "unknown-council",
                $"The council is not an English council with social services responsibilities{(day is null ? "" : " on that day")}.",
                refusal.Reason,
                "docs/rules.md#defect-council-not-in-existence")
            : null;

    /// <summary>
    /// An NHS body must be in the NHS body register and in existence on the day the notice counts as given, by the
    /// register rule the engine flags with (docs/rules.md#defect-nhs-body-not-in-register).
    /// </summary>
    public static Refusal? KnownNhsBody(string code, LocalDate? day, DischargeRules rules) =>
        rules.ReferenceData.NhsBodies.Refusal(code, day) is { } refusal
            ? Refusal.RuleBroken("unknown-nhs-body", "The NHS body is not known.", refusal.Reason, "docs/rules.md#defect-nhs-body-not-in-register")
            : null;
}
