using Discharge.Domain.Statements;
using NodaTime;

namespace Discharge.Domain.Disputes;

/// <summary>Where a dispute stands.</summary>
public enum DisputeState
{
    AwaitingAnswer,
    Accepted,
    PartlyAccepted,
    Rejected,
    AwaitingPanel,
    PanelAppointed,
    PanelRecommended,
    RecommendationAccepted,
    RecommendationNotAccepted,
}

/// <summary>
/// One dispute as its stream makes it: what was disputed, the NHS body's answer, and any panel's course with its
/// deadlines. A plain fold (<see cref="Evolve"/>, one case per event); also stored as a document for the lists, kept by
/// the same fold.
/// </summary>
public sealed class Dispute : IStreamFold<Dispute>
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public DisputeRaised Raised { get; set; } = null!;

    public DisputeAnswered? Answer { get; set; }

    public PanelRequested? PanelRequest { get; set; }

    public PanelAppointed? Panel { get; set; }

    public bool AppointmentOverdue { get; set; }

    public bool RecommendationOverdue { get; set; }

    public PanelRecommended? Recommendation { get; set; }

    public List<RecommendationAnswered> RecommendationAnswers { get; set; } = [];

    public string NhsBody => Raised.NhsBody;

    public string Council => Raised.Council;

    public DisputeState State => this switch
    {
        { Recommendation: not null } when RecommendationAnswers.Any(a => !a.Accepted) => DisputeState.RecommendationNotAccepted,
        { Recommendation: not null } when RecommendationAccepted => DisputeState.RecommendationAccepted,
        { Recommendation: not null } => DisputeState.PanelRecommended,
        { Panel: not null } => DisputeState.PanelAppointed,
        { PanelRequest: not null } => DisputeState.AwaitingPanel,
        { Answer.Outcome: DisputeOutcome.Accept } => DisputeState.Accepted,
        { Answer.Outcome: DisputeOutcome.AcceptPart } => DisputeState.PartlyAccepted,
        { Answer.Outcome: DisputeOutcome.Reject } => DisputeState.Rejected,
        _ => DisputeState.AwaitingAnswer,
    };

    /// <summary>Both sides accepted the panel's recommendation.</summary>
    public bool RecommendationAccepted =>
        RecommendationAnswers.Any(a => a.Party == NhsBody && a.Accepted) && RecommendationAnswers.Any(a => a.Party == Council && a.Accepted);

    /// <summary>Every disputed day was given up: nothing is left to take further.</summary>
    public bool Resolved => Concessions().Select(c => c.Day.Date).Distinct().Count() == Raised.Days.Count;

    /// <summary>The days given up so far: those the NHS body accepted, then those of a recommendation both sides accepted.</summary>
    public IEnumerable<Concession> Concessions()
    {
        var accepted = Answer?.AcceptedDays ?? [];
        foreach (var day in accepted)
        {
            yield return new Concession(Raised.StatementId, new EpisodeDay(Raised.EpisodeId, day), Id, AdjustmentReason.DisputeAccepted);
        }

        if (Recommendation is { } recommended && RecommendationAccepted)
        {
            foreach (var day in recommended.ConcededDays.Except(accepted))
            {
                yield return new Concession(Raised.StatementId, new EpisodeDay(Raised.EpisodeId, day), Id, AdjustmentReason.PanelRecommendation);
            }
        }
    }

    /// <summary>The dispute, or null when nothing is recorded for it.</summary>
    public static Dispute? From(IEnumerable<object> events) => StreamFold.From<Dispute>(events);

    public static Dispute? Start(object first) => first is DisputeRaised raised ? Of(raised) : null;

    public static Dispute Of(DisputeRaised raised) => new() { Id = raised.DisputeId, Raised = raised, Version = 1 };

    public void Evolve(object recorded)
    {
        Version++;
        switch (recorded)
        {
            case DisputeAnswered answer: Answer = answer; break;
            case PanelRequested request: PanelRequest = request; break;
            case PanelAppointed panel: Panel = panel; break;
            case PanelAppointmentOverdue: AppointmentOverdue = true; break;
            case PanelRecommendationOverdue: RecommendationOverdue = true; break;
            case PanelRecommended recommendation: Recommendation = recommendation; break;
            case RecommendationAnswered answer: RecommendationAnswers.Add(answer); break;
        }
    }

    /// <summary>The deadline the dispute is waiting on, if any: the panel's appointment, then its recommendation.</summary>
    public LocalDate? NextDeadline => this switch
    {
        { PanelRequest: { } request, Panel: null } => request.AppointBy,
        { Panel: { } panel, Recommendation: null } => panel.RecommendBy,
        _ => null,
    };
}
