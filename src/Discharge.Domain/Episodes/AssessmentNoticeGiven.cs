using NodaTime;

namespace Discharge.Domain.Episodes;

/// <summary>
/// An NHS body gave a council an assessment notice (2003 Act s.2; Care Act 2014 Sch 3 para 1).
/// <paramref name="DeliveredAt"/> is when it reached the council's designated channel: the 14:00 cut-off
/// applies to it (rules.md §1.4, A10). Starts the episode's stream.
/// </summary>
public sealed record AssessmentNoticeGiven(Instant DeliveredAt, string NhsBody, string Council);
