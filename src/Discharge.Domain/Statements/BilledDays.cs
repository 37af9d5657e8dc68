using NodaTime;

namespace Discharge.Domain.Statements;

/// <summary>
/// The days a statement billed, each with what it comes to once the adjustments of later statements that corrected it are added:
/// what the council has been charged for the day so far.
/// </summary>
public static class BilledDays
{
    /// <summary>
    /// Every day <paramref name="statement"/> billed, and every day a later statement of <paramref name="issued"/> corrected
    /// under it (the latter with no line when the statement had not billed it), in episode and date order.
    /// </summary>
    public static IEnumerable<(EpisodeDay Day, int? Line, string? PatientReference, decimal Net)> Of(Statement statement, IEnumerable<Statement> issued)
    {
        var days = new SortedDictionary<(Guid Episode, LocalDate Date), (int? Line, string? Patient, decimal Net)>();
        foreach (var line in statement.Issued.Lines)
        {
            for (var date = line.From; date <= line.Until; date = date.PlusDays(1))
            {
                days[(line.EpisodeId, date)] = (line.Number, line.PatientReference, line.Rate);
            }
        }

        foreach (var correction in issued.SelectMany(s => s.Issued.Adjustments).Where(a => a.CorrectsStatement == statement.Id))
        {
            for (var date = correction.From; date <= correction.Until; date = date.PlusDays(1))
            {
                var (line, patient, net) = days.GetValueOrDefault((correction.EpisodeId, date));
                days[(correction.EpisodeId, date)] = (line, patient ?? correction.PatientReference, net + correction.DailyAmount);
            }
        }

        return days.Select(d => (new EpisodeDay(d.Key.Episode, d.Key.Date), d.Value.Line, d.Value.Patient, d.Value.Net));
    }
}
