using Discharge.Domain.Episodes;
using Discharge.Server.Commands;
using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>The acknowledgement of the day the council completed its assessment.</summary>
public sealed record RecordedAssessment(Guid EpisodeId, LocalDate AssessmentCompletedOn);

/// <summary>
/// The council completed its assessment and tells the NHS body what Sch 3 para 3 requires: whether the patient
/// and any carer have needs, whether they are eligible, and how it plans to meet them.
/// </summary>
public sealed record CompleteAssessment(LocalDate? On, bool? PatientHasNeeds, bool? CarerHasNeeds, bool? NeedsEligible, string? Plan);

public static class CompleteAssessmentEndpoint
{
    public static ProblemDetails Validate(CompleteAssessment? command)
    {
        var errors = FieldErrors.For(command).Require("on", command?.On).Require("patientHasNeeds", command?.PatientHasNeeds).Require("needsEligible", command?.NeedsEligible);
        return command?.NeedsEligible == true && string.IsNullOrWhiteSpace(command.Plan)
            ? errors.Add("plan", "How the council plans to meet eligible needs must be stated (Sch 3 para 3).").ToProblem()
            : errors.ToProblem();
    }

    [WolverinePost("/episodes/{episodeId}/assessment-completed")]
    public static Task<CommandAnswer<RecordedAssessment>> Post(Guid episodeId, CompleteAssessment command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedAssessment>(http, episodeId, command, history => DatedFact.Decide(
            history, rules, Party.Council, command.On!.Value,
            new RecordedAssessment(episodeId, command.On.Value),
            new CouncilAssessmentCompleted(command.On.Value, command.PatientHasNeeds!.Value, command.CarerHasNeeds, command.NeedsEligible!.Value, command.Plan)));
}
