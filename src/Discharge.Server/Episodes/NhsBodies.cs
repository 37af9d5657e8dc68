using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>Checks an NHS body's code against the NHS body register: on the day a notice counts as given, or at any time (a report).</summary>
public static class NhsBodies
{
    public static ProblemDetails? Check(string code, LocalDate? day, DischargeRules rules)
    {
        var register = rules.ReferenceData.NhsBodies;
        var body = register.Find(code);
        return body is not null && (day is not { } on || body.ExistedOn(on)) ? null : DischargeProblems.RuleBroken(
            "unknown-nhs-body",
            "The NHS body is not known.",
            body is null
                ? $"'{code}' is not in the NHS body register (version {register.Version}). Use the trust's ODS organisation code, such as RTG."
                : $"{code} ({body.Name}) was not in existence on {day:yyyy-MM-dd}: its code was in use from {body.From:yyyy-MM-dd}{(body.To is { } to ? $" to {to:yyyy-MM-dd}" : " onwards")}.");
    }
}
