using NodaTime;

namespace Discharge.Server.Notifications;

/// <summary>A message for a council, kept until it reads it: here, that its liability for an episode has started.</summary>
public sealed class CouncilNotification
{
    public string Id { get; set; } = "";

    public string Council { get; set; } = "";

    public Guid EpisodeId { get; set; }

    public string NhsBody { get; set; } = "";

    public LocalDate RelevantDay { get; set; }

    public LocalDate LiableFrom { get; set; }

    public Instant RecordedAt { get; set; }
}
