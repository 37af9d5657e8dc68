using Discharge.Domain.Episodes;
using Discharge.Server.Commands;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>
/// The decision shared by facts about a day that one party records (care setting, NHS service, assessment,
/// services, transfer): refused when the episode is missing, the day is implausible or after the patient left,
/// the sender is not that party, or the fact's own rule fails; appended with its response otherwise.
/// </summary>
public static class DatedFact
{
    public static Decision Decide(
        EpisodeHistory history,
        DischargeRules rules,
        Party recordedBy,
        LocalDate day,
        object response,
        IEpisodeEvent fact,
        Func<Episode, ProblemDetails?>? ownRule = null)
    {
        var state = Episode.From(history.EpisodeId, history.Events);
        var problem = EpisodeChecks.LateFact(history, state, rules, day)
            ?? EpisodeChecks.SentBy(recordedBy, state, history.Origin)
            ?? ownRule?.Invoke(state);
        return problem is not null ? Decision.Refuse(problem) : Decision.Append(response, fact);
    }
}
