using Discharge.Domain.Episodes.Contents;
using Discharge.Domain.Rules;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Mvc;

namespace Discharge.Server.Episodes;

/// <summary>The contents an assessment notice must carry under each regime (2003 Regs reg 4(3); 2014 Regs reg 3; rules.md §1.2).</summary>
public static class AssessmentNoticeContentsRules
{
    public static ProblemDetails? Check(GiveAssessmentNotice command, Regime regime) =>
        AddErrors(new FieldErrors(), command, regime).ToStatutoryProblem(
            "assessment notice",
            regime == Regime.CareAct2014 ? "the 2014 Regulations, reg 3 and Sch 3 para 1" : "the 2003 Regulations, reg 4 and s.2 of the 2003 Act");

    /// <summary>Notes each content missing from the notice; with no regime (none known yet), only what both require.</summary>
    public static FieldErrors AddErrors(FieldErrors errors, GiveAssessmentNotice command, Regime? regime)
    {
        var is2014 = regime == Regime.CareAct2014;
        errors
            .Require("patient.name", command.Patient?.Name)
            .Require("hospital", command.Hospital)
            .Require("continuingHealthCareOutcome", command.ContinuingHealthCareOutcome)
            .Require("patientOrCarerObjected", command.PatientOrCarerObjected)
            .Require("liaison.name", command.Liaison?.Name);
        if (command.DescribesItselfAsNotice != true)
        {
            errors.Add("describesItselfAsNotice", regime switch
            {
                Regime.CareAct2014 => "The notice must describe itself as an assessment notice (para 1(3)(a)).",
                Regime.Act2003 => "The notice must state that it is given under section 2 (s.2(3)(a)).",
                _ => "The notice must describe itself as an assessment notice (2003 s.2(3)(a); Sch 3 para 1(3)(a)).",
            });
        }

        if (command.PatientConsulted != true)
        {
            errors.Add("patientConsulted", "The patient must be consulted before the notice is given (2003 s.2(4); para 1(4)).");
        }

        if (command.Patient?.NhsNumber is { } number && NhsNumber.Normalise(number) is null)
        {
            errors.Add("patient.nhsNumber", "Not a valid NHS number: ten digits with a modulus 11 check digit.");
        }
        else if (is2014 && command.Patient?.NhsNumber is null)
        {
            errors.Add("patient.nhsNumber", "Required under the 2014 regime (reg 3(1)).");
        }

        if (is2014 && string.IsNullOrWhiteSpace(command.Liaison?.Phone) && string.IsNullOrWhiteSpace(command.Liaison?.Email))
        {
            errors.Add("liaison", "A phone number or e-mail address for the liaison person is required under the 2014 regime (reg 3(2)).");
        }

        return errors;
    }

    public static AssessmentNoticeContents Contents(GiveAssessmentNotice command) => new(
        new PatientDetails(command.Patient!.Name!, NhsNumber.Normalise(command.Patient.NhsNumber)),
        command.Hospital!,
        command.ExpectedAdmission,
        command.LikelyDischargeDate,
        PatientConsulted: true,
        command.CarerConsulted,
        command.ContinuingHealthCareOutcome!,
        command.PatientOrCarerObjected!.Value,
        new LiaisonPerson(command.Liaison!.Name!, command.Liaison.Phone, command.Liaison.Email));
}
