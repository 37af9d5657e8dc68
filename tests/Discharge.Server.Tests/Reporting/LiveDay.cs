using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Tests.Reporting;

/// <summary>A day of an episode's live liability as the episode endpoint lists it: what the reports must add up to.</summary>
public sealed record LiveDay(Guid Episode, string NhsBody, LocalDate Date, string Council, string Status, decimal Amount, string Rule)
{
    public string Month => Date.ToString("yyyy-MM", null);

    public static async Task<IReadOnlyList<LiveDay>> AllOf(ReportingScenario scenario)
    {
        var days = new List<LiveDay>();
        foreach (var episode in scenario.Episodes)
        {
            var body = await scenario.Client.Auditor.GetJsonAsync($"/episodes/{episode}");
            var nhsBody = body.GetProperty("episode").GetProperty("nhsBody").GetString()!;
            days.AddRange((await scenario.Client.Auditor.DaysAsync(episode)).Select(d => new LiveDay(
                episode,
                nhsBody,
                LocalDatePattern.Iso.Parse(d.GetProperty("date").GetString()!).Value,
                d.GetProperty("council").GetString()!,
                d.GetProperty("status").GetString()!,
                d.GetProperty("amount").GetDecimal(),
                d.GetProperty("rule").GetProperty("code").GetString()!)));
        }

        return days;
    }
}

/// <summary>Liability figures as the reports and the episode endpoint's per-council totals both show them.</summary>
public sealed record Figures(int ChargeableDays, decimal Amount, int PotentialDays, decimal PotentialAmount)
{
    public static Figures Of(JsonElement figures) => new(
        figures.GetProperty("chargeableDays").GetInt32(),
        figures.GetProperty("amount").GetDecimal(),
        figures.GetProperty("potentialDays").GetInt32(),
        figures.GetProperty("potentialAmount").GetDecimal());

    /// <summary>One council's share of an episode's live liability (<c>byCouncil</c>), or none.</summary>
    public static Figures OfCouncil(JsonElement liability, string council) =>
        liability.GetProperty("byCouncil").EnumerateArray()
            .Where(c => c.GetProperty("council").GetString() == council)
            .Select(c => new Figures(
                c.GetProperty("days").GetInt32(),
                c.GetProperty("amount").GetDecimal(),
                c.GetProperty("potentialDays").GetInt32(),
                c.GetProperty("potentialAmount").GetDecimal()))
            .SingleOrDefault() ?? new Figures(0, 0m, 0, 0m);
}
