using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Rules;
using Discharge.Server.Commands;
using Discharge.Server.Identity;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Discharge.Server.Episodes;

/// <summary>The acknowledgement of the day the council completed its assessment.</summary>
public sealed record RecordedAssessment(Guid EpisodeId, LocalDate AssessmentCompletedOn);

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
    [EndpointSummary("Record the council's completed assessment")]
    [Authorize(Policy = AccessPolicies.Command)]
    public static Task<CommandAnswer<RecordedAssessment>> Post(Guid episodeId, CompleteAssessment command, HttpContext http, EpisodeCommandExecutor executor, DischargeRules rules) =>
        executor.ExecuteAsync<RecordedAssessment>(http, episodeId, command, history => Decision.Of(
            command.Decide(history.Episode(), history.Context(rules)),
            _ => new RecordedAssessment(episodeId, command.On!.Value)));
}
