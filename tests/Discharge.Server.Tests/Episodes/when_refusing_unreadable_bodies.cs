using System.Net;
using System.Text.Json;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Episodes;

/// <summary>
/// A body that does not read as the command is refused with problem details in the client's terms (the field and
/// what it must hold, or where the JSON broke), never naming a .NET type, and records nothing.
/// </summary>
public sealed class when_refusing_unreadable_bodies(DischargeServer server) : IClassFixture<DischargeServer>
{
    private const string Instant = "an ISO-8601 instant in UTC (ending in Z) in the years 1900 to 2199, e.g. 2004-01-12T10:15:00Z";
    private const string Date = "a date as YYYY-MM-DD in the years 1900 to 2199, e.g. 2004-01-15";

    private readonly HospitalClient hospital = new(server);

    public static TheoryData<string> Routes => [.. Requests.CommandRoutes];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task malformed_json_is_refused_on_every_command_route(string route)
    {
        var episode = await hospital.OpenEpisodeAsync();
        var problem = await (await hospital.PostAsync($"/episodes/{episode}/{route}", "{ \"on\": ")).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/unreadable-body");
        problem.GetProperty("detail").GetString().Should().Be(
            "The body is not well-formed JSON at $.on (line 1, byte 9): Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.");
        ShouldNameNoCodeType(problem);
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task a_null_body_is_refused_on_every_command_route(string route)
    {
        var episode = await hospital.OpenEpisodeAsync();
        var problem = await (await hospital.PostAsync($"/episodes/{episode}/{route}", "null")).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/validation");
        problem.GetProperty("errors").GetProperty("$").EnumerateArray().Select(e => e.GetString()).Should().Equal("The body must be a JSON object.");
        ShouldNameNoCodeType(problem);
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task an_empty_body_is_refused_on_every_command_route(string route)
    {
        var episode = await hospital.OpenEpisodeAsync();
        var problem = await (await hospital.PostAsync($"/episodes/{episode}/{route}", "")).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/unreadable-body");
        problem.GetProperty("detail").GetString().Should().Be("The body is empty: expected a JSON object with the command's fields (see /openapi/v1.json).");
        ShouldNameNoCodeType(problem);
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Theory]
    [InlineData("discharge-notice", "[1]", "$: expected a JSON object with the command's fields (see /openapi/v1.json).")]
    [InlineData("discharged", "\"2004-01-20\"", "$: expected a JSON object with the command's fields (see /openapi/v1.json).")]
    [InlineData("withdrawal", """{ "notice": "discharge" } x""", "The body is not well-formed JSON at $ (line 1, byte 27): 'x' is invalid after a single JSON value. Expected end of data.")]
    public async Task a_body_that_is_not_one_json_object_is_refused_saying_so(string route, string body, string detail)
    {
        var episode = await hospital.OpenEpisodeAsync();
        var problem = await (await hospital.PostAsync($"/episodes/{episode}/{route}", body)).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/unreadable-body");
        problem.GetProperty("detail").GetString().Should().Be(detail);
        ShouldNameNoCodeType(problem);
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Theory]
    [InlineData("discharge-notice", """{ "deliveredAt": "yesterday", "proposedDischargeDate": "2004-01-15" }""", "deliveredAt", Instant)]
    [InlineData("discharge-notice", """{ "deliveredAt": "2004-01-13T09:00:00+01:00" }""", "deliveredAt", Instant)]
    [InlineData("discharge-notice", """{ "deliveredAt": 5 }""", "deliveredAt", Instant)]
    [InlineData("discharge-notice", """{ "proposedDischargeDate": "15/01/2004" }""", "proposedDischargeDate", Date)]
    [InlineData("discharge-notice", """{ "liaison": "Sam Jones" }""", "liaison", "a JSON object with the fields name, phone, email")]
    [InlineData("discharge-notice", """{ "describesItselfAsNotice": "yes" }""", "describesItselfAsNotice", "true or false")]
    [InlineData("discharged", """{ "on": 20040120 }""", "on", Date)]
    [InlineData("withdrawal", """{ "notice": "everything", "reasonCode": "01" }""", "notice", "one of 'assessment', 'discharge', 'both'")]
    [InlineData("acknowledgements", """{ "notice": "discharge", "response": true }""", "response", "one of 'accept', 'reject'")]
    [InlineData("acknowledgements", """{ "notice": 1, "response": "accept" }""", "notice", "one of 'assessment', 'discharge'")]
    [InlineData("care-setting", """{ "on": "2004-01-18", "setting": "home" }""", "setting", "one of 'acute', 'intermediate', 'rehabilitation', 'mental-health', 'maternity', 'self-funded'")]
    [InlineData("assessment-notice", """{ "nhsBody": "RTG", "council": "E06000015", "patient": { "name": 42 } }""", "patient.name", "a string")]
    [InlineData("assessment-notice", """{ "nhsBody": "RTG", "council": "E06000015", "patient": 42 }""", "patient", "a JSON object with the fields name, nhsNumber")]
    [InlineData("assessment-notice", """{ "nhsBody": "RTG", "council": "E06000015", "ordinarilyResident": "scotland" }""", "ordinarilyResident", "one of 'england', 'wales', 'elsewhere'")]
    public async Task a_value_of_the_wrong_kind_is_refused_naming_the_field_and_what_it_must_hold(string route, string body, string field, string expected)
    {
        var episode = await hospital.OpenEpisodeAsync();
        var problem = await (await hospital.PostAsync($"/episodes/{episode}/{route}", body)).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/validation");

        problem.GetProperty("detail").GetString().Should().Be($"$.{field}: expected {expected}.");
        problem.GetProperty("errors").EnumerateObject().Select(e => (e.Name, e.Value.EnumerateArray().Single().GetString()))
            .Should().Equal((field, $"Expected {expected}."));
        ShouldNameNoCodeType(problem);
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Theory]
    [InlineData("discharge-notice", """{ "deliveredAt": "2004-01-13T09:00:00Z", "proposedDischargeDate": "9999-12-31" }""", "proposedDischargeDate", Date)]
    [InlineData("discharge-notice", """{ "deliveredAt": "2004-01-13T09:00:00Z", "proposedDischargeDate": "-9998-01-01" }""", "proposedDischargeDate", Date)]
    [InlineData("discharge-notice", """{ "deliveredAt": "1899-12-31T23:59:59Z", "proposedDischargeDate": "2004-01-15" }""", "deliveredAt", Instant)]
    [InlineData("assessment-notice", """{ "nhsBody": "RTG", "council": "E06000015", "deliveredAt": "-9998-01-01T00:00:00Z" }""", "deliveredAt", Instant)]
    [InlineData("assessment-notice", """{ "nhsBody": "RTG", "council": "E06000015", "expectedAdmission": "2200-01-01" }""", "expectedAdmission", Date)]
    public async Task dates_outside_the_years_served_are_refused_naming_the_field(string route, string body, string field, string expected)
    {
        var episode = await hospital.OpenEpisodeAsync();
        var problem = await (await hospital.PostAsync($"/episodes/{episode}/{route}", body)).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/validation");
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()).Should().Equal($"Expected {expected}.");
        (await server.EventCount(episode)).Should().Be(1);
    }

    /// <summary>
    /// No field of the problem (detail, title, errors, anything) names a type of the service or of .NET, and none
    /// repeats the JSON reader's position counted from 0 beside the detail's.
    /// </summary>
    private static void ShouldNameNoCodeType(JsonElement problem)
    {
        Strings(problem).Should().NotContain(text => text.Contains("Discharge.") || text.Contains("System.") || text.Contains("NodaTime."), problem.ToString());
        problem.EnumerateObject().Select(p => p.Name).Should().NotContain(["lineNumber", "bytePositionInLine"], problem.ToString());
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
