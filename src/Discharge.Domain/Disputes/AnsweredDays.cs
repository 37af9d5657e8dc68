using Discharge.Domain.Episodes.Decisions;
using NodaTime;

namespace Discharge.Domain.Disputes;

/// <summary>
/// The days an answer gives up: every one for an acceptance, none for a rejection, and for a partial acceptance those it
/// names, which must be some of the days in question but not all. Disputes and recovery claims are answered alike.
/// </summary>
public static class AnsweredDays
{
    /// <summary>The days given up, or the refusal; <paramref name="noun"/> says what the days are ("disputed", "claimed").</summary>
    public static (IReadOnlyList<LocalDate> Days, Refusal? Refusal) Of(
        DisputeOutcome outcome, IReadOnlyList<LocalDate>? named, IReadOnlyList<LocalDate> inQuestion, string noun)
    {
        IReadOnlyList<LocalDate> given = outcome switch
        {
            DisputeOutcome.Accept => inQuestion,
            DisputeOutcome.AcceptPart => named?.Distinct().Order().ToList() ?? [],
            _ => [],
        };
        if (Among("days", given, inQuestion, noun) is { } outside)
        {
            return (given, outside);
        }

        if (outcome == DisputeOutcome.AcceptPart && (given.Count == 0 || given.Count == inQuestion.Count))
        {
            return (given, Refusal.RuleBroken(
                "accept-part-needs-days",
                $"Accepting part names some of the {noun} days, not none or all.",
                $"days: name from 1 to {inQuestion.Count - 1} of the {noun} days; answer 'accept' to give up all of them, 'reject' for none."));
        }

        return (given, null);
    }

    /// <summary>A refusal when a day named in <paramref name="field"/> is not among the days in question.</summary>
    public static Refusal? Among(string field, IEnumerable<LocalDate> named, IEnumerable<LocalDate> inQuestion, string noun)
    {
        var outside = named.Except(inQuestion).ToList();
        return outside.Count == 0
            ? null
            : Refusal.RuleBroken(
                $"day-not-{noun}",
                $"A day named is not one of the {noun} days.",
                $"{field}: {string.Join(", ", outside.Select(d => d.ToString("yyyy-MM-dd", null)))} not among the {noun} days.");
    }
}
