using Discharge.Domain.Calendar;
using Discharge.Domain.Councils;
using Discharge.Domain.NhsBodies;

namespace Discharge.Domain;

/// <summary>
/// The reference tables the engine prices with (the public-holiday calendar, the council register and the
/// rate-band table) and the register of NHS bodies it accepts notices from. Each is versioned; the shipped copies
/// are embedded and any of them can be replaced by a file without a code change.
/// </summary>
public sealed class ReferenceData(PublicHolidayCalendar calendar, CouncilRegister councils, RateTable rates, NhsBodyRegister nhsBodies)
{
    private static readonly Lazy<ReferenceData> Embedded = new(() => LoadFrom(directory: null));

    /// <summary>The tables shipped inside this assembly.</summary>
    public static ReferenceData Default => Embedded.Value;

    public PublicHolidayCalendar Calendar { get; } = calendar;

    public CouncilRegister Councils { get; } = councils;

    public RateTable Rates { get; } = rates;

    /// <summary>Decides which notices are accepted, not what a day costs, so its version is not among <see cref="Versions"/>.</summary>
    public NhsBodyRegister NhsBodies { get; } = nhsBodies;

    public ReferenceDataVersions Versions { get; } = new(calendar.Version, councils.Version, rates.Version);

    /// <summary>
    /// The shipped tables, each replaced by the file of the same name in <paramref name="directory"/> when there is
    /// one (<c>public-holidays-england-and-wales.json</c>, <c>councils-england.json</c>, <c>rate-bands.json</c>,
    /// <c>nhs-bodies-england.json</c>).
    /// </summary>
    public static ReferenceData LoadFrom(string? directory) => new(
        Read(directory, PublicHolidayCalendar.FileName, PublicHolidayCalendar.Load),
        Read(directory, CouncilRegister.FileName, CouncilRegister.Load),
        Read(directory, RateTable.FileName, RateTable.Load),
        Read(directory, NhsBodyRegister.FileName, NhsBodyRegister.Load));

    private static T Read<T>(string? directory, string fileName, Func<Stream, string, T> load)
    {
        var path = directory is null ? null : Path.Combine(directory, fileName);
        if (path is not null && File.Exists(path))
        {
            using var file = File.OpenRead(path);
            return load(file, path);
        }

        var resource = $"Discharge.Domain.ReferenceData.{fileName}";
        using var embedded = typeof(ReferenceData).Assembly.GetManifestResourceStream(resource)
            ?? throw new DataFileException($"{fileName}: not embedded in {typeof(ReferenceData).Assembly.GetName().Name}");
        return load(embedded, fileName);
    }
}
