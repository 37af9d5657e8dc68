namespace Discharge.Domain.Episodes;

/// <summary>
/// A fact recorded in one patient's episode. Events are immutable and kept in the order they were recorded;
/// notices carry the instant they were delivered (<c>At</c>), other facts the local date they concern.
/// </summary>
#pragma warning disable CA1040 // A marker: the events share no members, only their place in an episode's stream.
public interface IEpisodeEvent;
#pragma warning restore CA1040
