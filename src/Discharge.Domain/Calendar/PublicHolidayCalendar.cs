using NodaTime;

namespace Discharge.Domain.Calendar;

/// <summary>
/// The public holidays of one jurisdiction as a versioned reference table (rules.md Appendix A and C). The 2003
/// Regs reg 2 define a public holiday as one in England and Wales; the table is data, never computed.
/// Lookups are a bit test over the covered whole years.
/// </summary>
public sealed class PublicHolidayCalendar
{
    public const string FileName = "public-holidays-england-and-wales.json";

    private readonly ulong[] bits;
    private readonly int firstDayNumber;
    private readonly int lastDayNumber;

    public PublicHolidayCalendar(string name, string version, IEnumerable<PublicHoliday> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        Name = name;
        Version = version;
        Holidays = holidays.OrderBy(h => h.Date).ToArray();
        if (Holidays.Count == 0)
        {
            throw new ArgumentException("A holiday calendar needs at least one holiday.", nameof(holidays));
        }

        FirstCoveredDay = new LocalDate(Holidays[0].Date.Year, 1, 1);
        LastCoveredDay = new LocalDate(Holidays[^1].Date.Year, 12, 31);
        firstDayNumber = DayNumber(FirstCoveredDay);
        lastDayNumber = DayNumber(LastCoveredDay);
        bits = new ulong[((lastDayNumber - firstDayNumber) >> 6) + 1];
        foreach (var holiday in Holidays)
        {
            var offset = DayNumber(holiday.Date) - firstDayNumber;
            bits[offset >> 6] |= 1UL << (offset & 63);
        }
    }

    public string Name { get; }

    public string Version { get; }

    /// <summary>1 January of the first year in the table.</summary>
    public LocalDate FirstCoveredDay { get; }

    /// <summary>31 December of the last year in the table; later days are not known to be ordinary days.</summary>
    public LocalDate LastCoveredDay { get; }

    public IReadOnlyList<PublicHoliday> Holidays { get; }

    public bool Covers(LocalDate date) => date >= FirstCoveredDay && date <= LastCoveredDay;

    /// <summary>Whether the day is a public holiday; days outside the covered years are reported as not.</summary>
    public bool IsPublicHoliday(LocalDate date)
    {
        var offset = DayNumber(date) - firstDayNumber;
        return offset >= 0 && offset <= lastDayNumber - firstDayNumber && (bits[offset >> 6] & (1UL << (offset & 63))) != 0;
    }

    /// <summary>Reads the table from its JSON form: <c>{ name, version, description, holidays: [{ date, name }] }</c>.</summary>
    public static PublicHolidayCalendar Load(Stream json, string file = FileName) =>
        JsonFields.Parse(json, file, root => new PublicHolidayCalendar(
            root.String("name"),
            root.String("version"),
            root.Array("holidays", holiday => new PublicHoliday(holiday.Date("date"), holiday.String("name")))));

    private static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;
}
