using Discharge.Domain.Calendar;
using Discharge.Domain.Episodes;
using NodaTime;

namespace Discharge.Domain.Liability;

/// <summary>
/// What had happened by the end of an as-of day. A liability as of a day must not change because of something
/// that happened later: a notice, withdrawal or payment requirement delivered after it, or a departure, transfer,
/// change of setting or service dated after it. A fact about a span of days counts from its first day (the days
/// after the as-of day are not listed anyway).
/// </summary>
internal static class AsOfDay
{
    /// <summary>True when <paramref name="e"/> had happened by the end of <paramref name="asOf"/>; always true without one.</summary>
    public static bool HappenedBy(this IEpisodeEvent e, LocalDate? asOf, NoticeTiming timing) =>
        asOf is not { } day || DayOf(e, timing) is not { } happened || happened <= day;

    /// <summary>The local day an event happened on; a delivered notice counts from its delivery, whatever the cut-off.</summary>
    private static LocalDate? DayOf(IEpisodeEvent e, NoticeTiming timing) => e switch
    {
        AssessmentNoticeGiven n => timing.LocalDate(n.DeliveredAt),
        DischargeNoticeGiven n => timing.LocalDate(n.DeliveredAt),
        AssessmentNoticeWithdrawn w => timing.LocalDate(w.DeliveredAt),
        DischargeNoticeWithdrawn w => timing.LocalDate(w.DeliveredAt),
        PaymentRequired r => timing.LocalDate(r.DeliveredAt),
        CouncilServicesInPlace s => s.On,
        CareSettingChanged c => c.On,
        ResponsibilityTransferred t => t.On,
        NhsServiceAwaited a => a.From,
        DelayedByPatientChoice c => c.From,
        _ when Departure.Of(e) is { } left => left.On,
        _ => null,
    };
}
