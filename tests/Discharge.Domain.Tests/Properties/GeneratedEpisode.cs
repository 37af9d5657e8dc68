using Discharge.Domain.Episodes;
using NodaTime;

namespace Discharge.Domain.Tests.Properties;

/// <summary>A generated episode, which ends with the patient's departure (the last event) unless it is of <see cref="EpisodeGenerator.OpenEpisodes"/>.</summary>
public sealed record GeneratedEpisode(EpisodeHeader Header, IReadOnlyList<IEpisodeEvent> Events)
{
    public LocalDate Departure => Events[^1] switch
    {
        PatientDischarged e => e.On,
        PatientSelfDischarged e => e.On,
        PatientDied e => e.On,
        _ => throw new InvalidOperationException("A generated episode ends with its departure."),
    };

    /// <summary>The same episode with the departure <paramref name="days"/> later.</summary>
    public GeneratedEpisode DepartingLater(int days) => this with
    {
        Events = [.. Events.Take(Events.Count - 1), new PatientDischarged(Departure.PlusDays(days))],
    };

    public override string ToString() => $"{Header.Council}: {string.Join(", ", Events)}";
}
