using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Episodes.Decisions;

/// <summary>The sequence, date and sender rules the commands on an existing episode share.</summary>
public static class EpisodeChecks
{
    public static Refusal NotFound(Guid episodeId) => new(
        RefusalKind.NotFound,
        "episode-not-found",
        "There is no such episode.",
        $"Episode {episodeId} has no assessment notice. An episode starts with POST /episodes/{{id}}/assessment-notice.",
        Citation: null);

    /// <summary>A refusal when the episode does not exist; null when it does.</summary>
    public static Refusal? Exists(Episode episode) => episode.Exists ? null : NotFound(episode.Id);

    /// <summary>A refusal when the episode does not exist or the patient has already left hospital; null when it is open.</summary>
    public static Refusal? Open(Episode episode) =>
        !episode.Exists ? NotFound(episode.Id)
        : episode.DepartedOn is { } departed ? Refusal.OutOfSequence(
            "episode-closed",
            "The patient has already left hospital.",
            $"The episode closed on {departed:yyyy-MM-dd} (discharge, self-discharge or death). Nothing can be recorded after it.",
            "notes 37; Sch 3 para 1(5)")
        : null;

    /// <summary>A day about the patient cannot precede the first notice or lie in the future.</summary>
    public static Refusal? PlausibleDay(string field, LocalDate day, Episode episode, DecisionContext context)
    {
        var first = context.Rules.Timing.LocalDate(episode.FirstNoticeAt!.Value);
        if (day < first)
        {
            return Refusal.RuleBroken(
                "date-before-assessment-notice",
                "The date is before the episode's assessment notice.",
                $"{field} {day:yyyy-MM-dd} is before the assessment notice of {first:yyyy-MM-dd}.");
        }

        return day > context.Today ? InFuture(field, day) : null;
    }

    /// <summary>
    /// Facts about days (blockers, services, transfers) may be recorded after the patient left, for days up to
    /// the departure: they change what those days come to. Nothing may be dated after the patient left.
    /// </summary>
    public static Refusal? LateFact(Episode episode, DecisionContext context, LocalDate day) =>
        !episode.Exists ? NotFound(episode.Id)
        : episode.DepartedOn is { } departed && day > departed ? Refusal.OutOfSequence(
            "after-departure", "The date is after the patient left hospital.", $"The patient left on {departed:yyyy-MM-dd}.")
        : PlausibleDay("date", day, episode, context);

    /// <summary>Hospitals give notices; councils record their own decisions. The sender must be that party.</summary>
    public static Refusal? SentBy(Party party, Episode episode, DecisionContext context)
    {
        var expected = party == Party.NhsBody ? episode.Header!.NhsBody : episode.Header!.Council;
        var alsoAllowed = party == Party.Council ? episode.TransferredTo : null;
        return context.Sender == expected || context.Sender == alsoAllowed ? null : NotAParty(party, expected, context.Sender);
    }

    /// <summary>An assessment notice, which may open the episode, is given by the NHS body it names.</summary>
    public static Refusal? SentByNamedNhsBody(string nhsBody, DecisionContext context) =>
        string.Equals(context.Sender, nhsBody, StringComparison.OrdinalIgnoreCase) ? null : NotAParty(Party.NhsBody, nhsBody, context.Sender);

    private static Refusal NotAParty(Party party, string expected, string sender) => new(
        RefusalKind.NotAParty,
        "not-a-party",
        "The sending organisation cannot record this for the episode.",
        $"Only {(party == Party.NhsBody ? "the NHS body" : "the council")} of this episode ({expected}) may; the request came from {sender}.",
        Citation: null);

    public static Refusal InFuture(string field, LocalDate day) => Refusal.RuleBroken(
        "date-in-future",
        "The date is in the future.",
        $"{field} {day:yyyy-MM-dd} has not happened yet: record facts once they have happened.");

    /// <summary>Notices only count in the scheme's lifetime: from 1 Oct 2003 to 30 Jun 2022 (rules.md §0.3).</summary>
    public static Refusal? WithinScheme(string notice, LocalDate dayGiven, RegimeTimeline timeline) =>
        dayGiven < timeline.NoticesFrom ? Refusal.RuleBroken(
            "before-the-scheme",
            "The notice is dated before the scheme began.",
            $"The {notice} counts as given on {dayGiven:yyyy-MM-dd}; notices could be given only from {timeline.NoticesFrom:yyyy-MM-dd} (SI 2003/2280 art 2(2)).",
            "SI 2003/2280 art 2(2)")
        : timeline.RegimeOn(dayGiven) is null ? Refusal.RuleBroken(
            "outside-any-regime",
            "No reimbursement regime was in force on the day the notice counts as given.",
            $"The {notice} counts as given on {dayGiven:yyyy-MM-dd}: the 2003 regime ended on {timeline.Act2003Until:yyyy-MM-dd} and Schedule 3 of the Care Act 2014 ran from {timeline.CareAct2014From:yyyy-MM-dd} to {timeline.CareAct2014Until:yyyy-MM-dd}.",
            "docs/rules.md §0.3")
        : null;
}
