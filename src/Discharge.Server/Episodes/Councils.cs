using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>Checks a council code against the council register: on a day (a notice, a transfer), or at any time (a report).</summary>
public static class Councils
{
    public static ProblemDetails? Check(string code, LocalDate? day, DischargeRules rules)
    {
        var register = rules.ReferenceData.Councils;
        var council = register.Find(code);
        return council is not null && (day is not { } on || council.ExistedOn(on)) ? null : DischargeProblems.RuleBroken(
            "unknown-council",
            $"The council is not an English council with social services responsibilities{(day is null ? "" : " on that day")}.",
            $"'{code}' is not in the council register (version {register.Version}){(day is { } d ? $" for {d:yyyy-MM-dd}" : "")}. Use the council's ONS/GSS code, such as E06000015.");
    }
}
