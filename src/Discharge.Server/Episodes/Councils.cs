using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>
/// Checks that a council is an English council in existence on the day (a notice, a transfer), or listed at any time
/// (a report), by the register rule the engine flags with (docs/rules.md#defect-council-not-in-existence,
/// #defect-council-outside-england).
/// </summary>
public static class Councils
{
    public static ProblemDetails? Check(string code, LocalDate? day, DischargeRules rules) =>
        rules.ReferenceData.Councils.Refusal(code, day) is { } refusal
            ? DischargeProblems.RuleBroken(
                "unknown-council",
                $"The council is not an English council with social services responsibilities{(day is null ? "" : " on that day")}.",
                refusal.Reason)
            : null;
}
