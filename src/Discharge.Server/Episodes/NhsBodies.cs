using System.Text.RegularExpressions;
using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>Checks that a notice's NHS body is in the NHS body register and existed on the day the notice counts as given.</summary>
public static partial class NhsBodies
{
    public static ProblemDetails? Check(string code, LocalDate day, DischargeRules rules)
    {
        var register = rules.ReferenceData.NhsBodies;
        var body = register.Find(code);
        return body is not null && body.ExistedOn(day) ? null : DischargeProblems.RuleBroken(
            "unknown-nhs-body",
            "The NHS body is not known.",
            body is null
                ? $"'{code}' is not in the NHS body register (version {register.Version}). Use the trust's ODS organisation code."
                : $"{code} ({body.Name}) was not in existence on {day:yyyy-MM-dd}: its code was in use from {body.From:yyyy-MM-dd}{(body.To is { } to ? $" to {to:yyyy-MM-dd}" : " onwards")}.");
    }

    /// <summary>An ODS organisation code in form: three to five capitals or digits (e.g. RTG).</summary>
    public static bool IsOdsCode(string code) => OdsCode().IsMatch(code);

    [GeneratedRegex("^[A-Z0-9]{3,5}$")]
    private static partial Regex OdsCode();
}
