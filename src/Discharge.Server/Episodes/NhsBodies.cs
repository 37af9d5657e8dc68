using System.Text.RegularExpressions;
using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>Checks that a notice's NHS body is a known organisation code.</summary>
public static partial class NhsBodies
{
    public static ProblemDetails? Check(string code, LocalDate day, DischargeRules rules) =>
        IsOdsCode(code) ? null : DischargeProblems.RuleBroken(
            "unknown-nhs-body",
            "The NHS body is not known.",
            $"'{code}' is not an ODS organisation code of an NHS body on {day:yyyy-MM-dd}.");

    /// <summary>An ODS organisation code: three to five capitals or digits (e.g. RTG).</summary>
    public static bool IsOdsCode(string code) => OdsCode().IsMatch(code);

    [GeneratedRegex("^[A-Z0-9]{3,5}$")]
    private static partial Regex OdsCode();
}
