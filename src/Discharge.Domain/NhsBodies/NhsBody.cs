using NodaTime;

namespace Discharge.Domain.NhsBodies;

/// <summary>
/// An NHS trust or NHS foundation trust in England, by its ODS organisation code. <see cref="From"/> and
/// <see cref="To"/> bound, inclusively, the days the code was in use (null: open).
/// </summary>
public sealed record NhsBody(string Code, string Name, LocalDate? From, LocalDate? To)
{
    public bool ExistedOn(LocalDate day) => CodePeriod.Covers(From, To, day);
}
