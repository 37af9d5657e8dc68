using Discharge.Domain.Episodes;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;
using Wolverine.Marten;

namespace Discharge.Server.Episodes;

/// <summary>A hospital gives a council an assessment notice, opening the episode.</summary>
public sealed record GiveAssessmentNotice(string? NhsBody, string? Council, Instant? DeliveredAt);

public static class GiveAssessmentNoticeEndpoint
{
    public static ProblemDetails Validate(GiveAssessmentNotice command, IClock clock)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(command.NhsBody))
        {
            errors["nhsBody"] = ["The NHS body's ODS code is required."];
        }

        if (string.IsNullOrWhiteSpace(command.Council))
        {
            errors["council"] = ["The council's GSS code is required."];
        }

        if (command.DeliveredAt > clock.GetCurrentInstant())
        {
            errors["deliveredAt"] = ["A notice cannot be delivered in the future."];
        }

        return errors.Count == 0 ? WolverineContinue.NoProblems : DischargeProblems.Invalid(errors);
    }

    [WolverinePost("/episodes/{episodeId}/assessment-notice")]
    public static (CreationResponse, IStartStream) Post(Guid episodeId, GiveAssessmentNotice command, IClock clock)
    {
        var notice = new AssessmentNoticeGiven(command.DeliveredAt ?? clock.GetCurrentInstant(), command.NhsBody!, command.Council!);
        return (new CreationResponse($"/episodes/{episodeId}"), MartenOps.StartStream<EpisodeView>(episodeId, notice));
    }
}
