using NodaTime;

namespace Discharge.Domain.Councils;

public enum CouncilKind
{
    County,
    MetropolitanDistrict,
    LondonBorough,
    Unitary,
}

/// <summary>
/// An English council with social services responsibilities, by its ONS/GSS code. <see cref="From"/> and
/// <see cref="To"/> bound, inclusively, the days the code was in use (null: open).
/// </summary>
public sealed record Council(
    string Code,
    string Name,
    CouncilKind Kind,
    LocalDate? From,
    LocalDate? To,
    string Region,
    string? PredecessorCode = null,
    string? SuccessorCode = null,
    string? Note = null)
{
    public bool ExistedOn(LocalDate day) => CodePeriod.Covers(From, To, day);
}
