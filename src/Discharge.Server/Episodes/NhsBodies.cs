using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>
/// Checks that a notice's NHS body is in the NHS body register and existed on the day the notice counts as given, by
/// the register rule the engine flags with (docs/rules.md#defect-nhs-body-not-in-register).
/// </summary>
public static class NhsBodies
{
    public static ProblemDetails? Check(string code, LocalDate? day, DischargeRules rules) =>
        rules.ReferenceData.NhsBodies.Refusal(code, day) is { } refusal
            ? DischargeProblems.RuleBroken("unknown-nhs-body", "The NHS body is not known.", refusal.Reason)
            : null;

}
