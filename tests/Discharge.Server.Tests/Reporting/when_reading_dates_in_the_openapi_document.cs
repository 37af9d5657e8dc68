using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Reporting;

/// <summary>Dates and instants cross the API as ISO strings, and the OpenAPI document says so.</summary>
public sealed class when_reading_dates_in_the_openapi_document(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Theory]
    [InlineData("LocalDate", "date")]
    [InlineData("Instant", "date-time")]
    public async Task a_nodatime_value_is_an_iso_string(string schema, string format)
    {
        var schemas = (await new HospitalClient(server).GetJsonAsync("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");

        var described = schemas.GetProperty(schema);
        described.GetProperty("type").GetString().Should().Be("string");
        described.GetProperty("format").GetString().Should().Be(format);
    }
}
