using Discharge.Domain.Episodes;
using NodaTime;

namespace Discharge.Server.Episodes;

/// <summary>What a hospital or council sees of one episode, kept up to date inline with its events.</summary>
public sealed class EpisodeView
{
    public Guid Id { get; set; }

    public string NhsBody { get; set; } = "";

    public string Council { get; set; } = "";

    public Instant AssessmentNoticeDeliveredAt { get; set; }

    public static EpisodeView Create(AssessmentNoticeGiven notice) => new()
    {
        NhsBody = notice.NhsBody,
        Council = notice.Council,
        AssessmentNoticeDeliveredAt = notice.DeliveredAt,
    };
}
