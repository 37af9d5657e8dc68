using NodaTime;

namespace Discharge.Domain.Calendar;

/// <summary>One public holiday in the versioned table (bank holidays plus Christmas Day and Good Friday).</summary>
public sealed record PublicHoliday(LocalDate Date, string Name);
