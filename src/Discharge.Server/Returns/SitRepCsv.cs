using Discharge.Server.Hosting;
using static Discharge.Server.Hosting.CsvFormat;

namespace Discharge.Server.Returns;

/// <summary>The return as CSV (<see cref="CsvFormat"/>): a header, then one record per row, each naming its month and census day.</summary>
internal static class SitRepCsv
{
    public static readonly string[] Header =
        ["month", "censusOn", "nhsBody", "council", "reason", "responsible", "delayedDays", "patientsAtCensus"];

    public static string Write(SitRep sitRep) => CsvFormat.Write(
    [
        Header,
        .. sitRep.Rows.Select(r => new[]
        {
            sitRep.Month.ToString(), Date(sitRep.CensusOn), r.NhsBody, r.Council, r.Reason, DischargeJson.EnumNaming.ConvertName(r.Responsible.ToString()),
            Number(r.DelayedDays), Number(r.PatientsAtCensus),
        }),
    ]);
}
