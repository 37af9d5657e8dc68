using Discharge.Domain.Episodes;
using Discharge.Domain.Rules;
using Discharge.Server.Commands;
using Discharge.Server.Problems;
using Discharge.Server.Rules;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>The two parties to an episode.</summary>
public enum Party
{
    NhsBody,
    Council,
}

/// <summary>The sequence and date rules every command on an existing episode shares.</summary>
public static class EpisodeChecks
{
    public static ProblemDetails NotFound(Guid episodeId) => new()
    {
        Type = DischargeProblems.TypeBase + "episode-not-found",
        Title = "There is no such episode.",
        Status = StatusCodes.Status404NotFound,
        Detail = $"Episode {episodeId} has no assessment notice. An episode starts with POST /episodes/{{id}}/assessment-notice.",
    };

    /// <summary>A problem when the episode does not exist or the patient has already left hospital; null when it is open.</summary>
    public static ProblemDetails? Open(Guid episodeId, Episode state) =>
        !state.Exists ? NotFound(episodeId)
        : state.DepartedOn is { } departed ? DischargeProblems.OutOfSequence(
            "episode-closed",
            "The patient has already left hospital.",
            $"The episode closed on {departed:yyyy-MM-dd} (discharge, self-discharge or death). Nothing can be recorded after it.")
        : null;

    /// <summary>A day about the patient cannot precede the first notice or lie in the future.</summary>
    public static ProblemDetails? PlausibleDay(string field, LocalDate day, Episode state, DischargeRules rules, Instant now)
    {
        var first = rules.Timing.LocalDate(state.FirstNoticeAt!.Value);
        if (day < first)
        {
            return DischargeProblems.RuleBroken(
                "date-before-assessment-notice",
                "The date is before the episode's assessment notice.",
                $"{field} {day:yyyy-MM-dd} is before the assessment notice of {first:yyyy-MM-dd}.");
        }

        return day > now.InZone(rules.Zone).Date ? InFuture(field, day) : null;
    }

    /// <summary>
    /// Facts about days (blockers, services, transfers) may be recorded after the patient left, for days up to
    /// the departure: they change what those days come to. Nothing may be dated after the patient left.
    /// </summary>
    public static ProblemDetails? LateFact(EpisodeHistory history, Episode state, DischargeRules rules, LocalDate day) =>
        !state.Exists ? NotFound(history.EpisodeId)
        : state.DepartedOn is { } departed && day > departed ? DischargeProblems.OutOfSequence(
            "after-departure", "The date is after the patient left hospital.", $"The patient left on {departed:yyyy-MM-dd}.")
        : PlausibleDay("date", day, state, rules, history.Now);

    /// <summary>Hospitals give notices; councils record their own decisions. The sender must be that party.</summary>
    public static ProblemDetails? SentBy(Party party, Episode state, CommandOrigin origin)
    {
        var expected = party == Party.NhsBody ? state.Header!.NhsBody : state.Header!.Council;
        var alsoAllowed = party == Party.Council ? state.TransferredTo : null;
        return origin.Organisation == expected || origin.Organisation == alsoAllowed ? null : NotAParty(party, expected, origin);
    }

    /// <summary>An assessment notice, which may open the episode, is given by the NHS body it names.</summary>
    public static ProblemDetails? SentByNamedNhsBody(string nhsBody, CommandOrigin origin) =>
        string.Equals(origin.Organisation, nhsBody, StringComparison.OrdinalIgnoreCase) ? null : NotAParty(Party.NhsBody, nhsBody, origin);

    private static ProblemDetails NotAParty(Party party, string expected, CommandOrigin origin) => new()
    {
        Type = DischargeProblems.TypeBase + "not-a-party",
        Title = "The sending organisation cannot record this for the episode.",
        Status = StatusCodes.Status403Forbidden,
        Detail = $"Only {(party == Party.NhsBody ? "the NHS body" : "the council")} of this episode ({expected}) may; the request came from {origin.Organisation}.",
    };

    public static ProblemDetails InFuture(string field, LocalDate day) => DischargeProblems.RuleBroken(
        "date-in-future",
        "The date is in the future.",
        $"{field} {day:yyyy-MM-dd} has not happened yet: record facts once they have happened.");

    /// <summary>Notices only count in the scheme's lifetime: from 1 Oct 2003 to 30 Jun 2022 (rules.md §0.3).</summary>
    public static ProblemDetails? WithinScheme(string notice, LocalDate dayGiven, RegimeTimeline timeline) =>
        dayGiven < timeline.NoticesFrom ? DischargeProblems.RuleBroken(
            "before-the-scheme",
            "The notice is dated before the scheme began.",
            $"The {notice} counts as given on {dayGiven:yyyy-MM-dd}; notices could be given only from {timeline.NoticesFrom:yyyy-MM-dd} (SI 2003/2280 art 2(2)).")
        : timeline.RegimeOn(dayGiven) is null ? DischargeProblems.RuleBroken(
            "outside-any-regime",
            "No reimbursement regime was in force on the day the notice counts as given.",
            $"The {notice} counts as given on {dayGiven:yyyy-MM-dd}: the 2003 regime ended on {timeline.Act2003Until:yyyy-MM-dd} and Schedule 3 of the Care Act 2014 ran from {timeline.CareAct2014From:yyyy-MM-dd} to {timeline.CareAct2014Until:yyyy-MM-dd}.")
        : null;
}
