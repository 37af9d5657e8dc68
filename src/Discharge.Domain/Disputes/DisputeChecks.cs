using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.Statements;
using NodaTime;

namespace Discharge.Domain.Disputes;

/// <summary>The checks the commands on a dispute share.</summary>
public static class DisputeChecks
{
    public static Refusal NotFound(Guid disputeId) => new(
        RefusalKind.NotFound,
        "dispute-not-found",
        "There is no such dispute.",
        $"No dispute {disputeId} has been raised. A council raises one with POST /statements/{{id}}/disputes.",
        Citation: null);

    /// <summary>A refusal unless the sender is one of the dispute's two sides.</summary>
    public static Refusal? SentByASide(Dispute dispute, DecisionContext context) =>
        context.Sender == dispute.NhsBody ? null : MoneyChecks.SentBy(dispute.Council, $"the NHS body ({dispute.NhsBody}) or the council", context);

    /// <summary>A day recorded for the dispute can be neither before it was raised nor in the future.</summary>
    public static Refusal? Plausible(string field, LocalDate day, Dispute dispute, DecisionContext context)
    {
        var raisedOn = dispute.Raised.RaisedAt.InZone(context.Rules.Zone).Date;
        return day < raisedOn
            ? Refusal.RuleBroken("date-before-dispute", "The date is before the dispute was raised.", $"{field} {day:yyyy-MM-dd} is before {raisedOn:yyyy-MM-dd}.")
            : day > context.Today ? EpisodeChecks.InFuture(field, day) : null;
    }
}
