using System.Globalization;
using System.Net.Http.Headers;
using Discharge.Benchmarks.Http;
using Discharge.Server.Identity;
using Npgsql;

namespace Discharge.Benchmarks.Reports;

/// <summary>One report as a caller asks for it: the path and query, and who asks.</summary>
internal sealed record ReportRequest(string Name, string PathAndQuery, string? Organisation, string? Role)
{
    public Task<ReportTiming> TimeAsync(HttpClient client, Uri server, BenchmarkIdentity identity)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server, PathAndQuery));
        if (Organisation is not null && Role is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", identity.Token(Organisation, Role, "benchmark"));
        }

        return ReportTiming.MeasureAsync(client, request);
    }
}

/// <summary>
/// The heaviest reports the store can be asked for, found in its delay ledgers: the council and the NHS body with the
/// most, a year from the first delayed day (or <c>--from</c>/<c>--to</c>), the census of the window's middle day and
/// the return of its month, and the league table of the whole record.
/// </summary>
internal sealed record ReportSet(string Description, IReadOnlyList<ReportRequest> Requests)
{
    public const string League = "league table page";

    public static async Task<ReportSet> ChooseAsync(string store, string[] options)
    {
        await using var connection = new NpgsqlConnection(store);
        await connection.OpenAsync();
        var council = BenchmarkOptions.String(options, "--council") ?? await TextAsync(connection,
            "SELECT c FROM mt_doc_episodedelayledger, jsonb_array_elements_text(data -> 'councils') c GROUP BY c ORDER BY count(*) DESC, c LIMIT 1");
        var nhsBody = BenchmarkOptions.String(options, "--nhs-body") ?? await TextAsync(connection,
            "SELECT data ->> 'nhsBody' FROM mt_doc_episodedelayledger GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1");
        var firstDay = DateOnly.Parse(await TextAsync(connection, "SELECT min(data ->> 'firstDay') FROM mt_doc_episodedelayledger"), CultureInfo.InvariantCulture);
        var from = BenchmarkOptions.String(options, "--from") is { } f ? DateOnly.Parse(f, CultureInfo.InvariantCulture) : firstDay;
        var to = BenchmarkOptions.String(options, "--to") is { } t ? DateOnly.Parse(t, CultureInfo.InvariantCulture) : from.AddYears(1).AddDays(-1);
        var day = from.AddDays((to.DayNumber - from.DayNumber) / 2);
        var window = $"from={Iso(from)}&to={Iso(to)}";
        var month = day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        ReportRequest[] requests =
        [
            new($"council liability, {council}, the window", $"/councils/{council}/liability?{window}", council, DischargeRoles.Council),
            new($"council delays, {council}, the window", $"/councils/{council}/delays?{window}", council, DischargeRoles.Council),
            new($"NHS body delays, {nhsBody}, the window", $"/nhs-bodies/{nhsBody}/delays?{window}", nhsBody, DischargeRoles.Hospital),
            new($"national census, {Iso(day)}", $"/census?on={Iso(day)}", "AUDIT", DischargeRoles.Auditor),
            new($"council census, {council}, {Iso(day)}", $"/census?on={Iso(day)}", council, DischargeRoles.Council),
            new($"national monthly return, {month}", $"/returns/sitrep?month={month}", "AUDIT", DischargeRoles.Auditor),
            new($"NHS body monthly return, {nhsBody}, {month}", $"/returns/sitrep?month={month}", nhsBody, DischargeRoles.Hospital),
            new($"{League}, whole record", "/", null, null),
            new($"{League}, {from.Year}", $"/?year={from.Year}", null, null),
        ];
        var ledgers = await TextAsync(connection, "SELECT count(*)::text FROM mt_doc_episodedelayledger");
        return new ReportSet($"store: {ledgers} delay ledgers; window {Iso(from)} to {Iso(to)}; council {council}, NHS body {nhsBody}, day {Iso(day)}", requests);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<string> TextAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
