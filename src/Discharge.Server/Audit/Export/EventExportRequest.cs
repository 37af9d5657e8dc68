using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Server.Audit.Export;

/// <summary>
/// The events received from <paramref name="From"/> (inclusive) to <paramref name="To"/> (exclusive) by the service's clock
/// (the <c>receivedAt</c> header; the store's timestamp for an event without one); with <paramref name="Council"/>, only those of episodes it is or was responsible for (notified, or taking
/// over by a transfer of responsibility). <paramref name="PageSize"/> events are read at a time.
/// </summary>
public sealed record EventExportRequest(Instant From, Instant To, string? Council = null, int PageSize = EventExportRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 500;

    /// <summary>The events received on the London days <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    public static EventExportRequest ForDays(LocalDate from, LocalDate to, DischargeRules rules, string? council = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new EventExportRequest(rules.StartOf(from), rules.StartOf(to.PlusDays(1)), council);
    }
}

/// <summary>How far an export has gone: <paramref name="Written"/> of the <paramref name="Total"/> events it found when it began.</summary>
public readonly record struct ExportProgress(long Written, long Total);
