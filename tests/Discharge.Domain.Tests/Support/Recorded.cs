using Discharge.Domain.Episodes;

namespace Discharge.Domain.Tests.Support;

/// <summary>Events as an episode between the NHS body RTG and Derby records them, for decision tests to start from.</summary>
internal static class Recorded
{
    public const string Council = TestCouncils.Derby;

    /// <summary>A Care Act assessment notice on 1 Jun 2021, before the cut-off.</summary>
    public static readonly AssessmentNoticeGiven AssessmentNotice = AssessmentNoticeAt("2021-06-01 10:00");

    /// <summary>A discharge notice on 2 Jun 2021 proposing 10 Jun.</summary>
    public static readonly DischargeNoticeGiven DischargeNotice = new(EpisodeBuilder.UkTime("2021-06-02 10:00"), EpisodeBuilder.Date("2021-06-10"));

    public static AssessmentNoticeGiven AssessmentNoticeAt(string ukTime) => new(EpisodeBuilder.UkTime(ukTime), EpisodeBuilder.NhsBody, Council);
}
