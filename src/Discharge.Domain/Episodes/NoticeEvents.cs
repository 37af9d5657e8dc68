using Discharge.Domain.Episodes.Contents;
using NodaTime;

namespace Discharge.Domain.Episodes;

/// <summary>
/// <paramref name="NhsBody"/> gave <paramref name="Council"/> an assessment notice (2003 Act s.2; Care Act 2014
/// Sch 3 para 1). <paramref name="DeliveredAt"/> is when it reached the council's designated channel: the 14:00
/// cut-off applies to it (rules.md §1.4, A10). The liability engine takes the episode's council from its
/// <see cref="EpisodeHeader"/>; these two fields record to whom the notice was addressed. <paramref name="Contents"/>
/// is what the notice said, for the record; the engine does not need it.
/// </summary>
public sealed record AssessmentNoticeGiven(Instant DeliveredAt, string NhsBody, string Council, AssessmentNoticeContents? Contents = null) : IEpisodeEvent;

/// <summary>The NHS body gave a discharge notice (2003: s.5(3) notice; 2014: Sch 3 para 2) proposing a discharge day.</summary>
public sealed record DischargeNoticeGiven(Instant DeliveredAt, LocalDate ProposedDischargeDate, DischargeNoticeContents? Contents = null) : IEpisodeEvent;

/// <summary>The NHS body withdrew the assessment notice in force (2003 reg 4(4); 2014 reg 4); the discharge notice goes with it.</summary>
public sealed record AssessmentNoticeWithdrawn(Instant DeliveredAt, string? Reason = null) : IEpisodeEvent;

/// <summary>The NHS body withdrew the discharge notice in force (2003 reg 5(4); 2014 reg 7); a fresh notice makes a new relevant day.</summary>
public sealed record DischargeNoticeWithdrawn(Instant DeliveredAt, string? Reason = null) : IEpisodeEvent;

/// <summary>The NHS body required the council to pay for the delayed days (2014 regime only: Sch 3, rules.md §3.2).</summary>
public sealed record PaymentRequired(Instant DeliveredAt) : IEpisodeEvent;
