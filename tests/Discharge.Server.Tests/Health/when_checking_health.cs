using System.Net;
using System.Text.Json;
using Alba;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Health;

public sealed class when_checking_health(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    public async Task the_database_projections_and_scheduled_messages_are_reported_healthy(string address)
    {
        var body = await HealthAsync(server, address, HttpStatusCode.OK);

        body.GetProperty("status").GetString().Should().Be("Healthy");
        var checks = body.GetProperty("checks");
        checks.EnumerateObject().Select(c => c.Name).Should().Equal("database", "projectionDaemon", "scheduledMessages");
        checks.EnumerateObject().Should().OnlyContain(c => c.Value.GetProperty("status").GetString() == "Healthy");
        checks.GetProperty("projectionDaemon").GetProperty("data").GetProperty("limit").GetInt64().Should().Be(10_000);
        checks.GetProperty("scheduledMessages").GetProperty("data").GetProperty("limit").GetInt64().Should().Be(1_000);
    }

    [Fact]
    public async Task liveness_runs_no_check_and_needs_no_database()
    {
        var body = await HealthAsync(server, "/health/live", HttpStatusCode.OK);

        body.GetProperty("status").GetString().Should().Be("Healthy");
        body.GetProperty("checks").EnumerateObject().Should().BeEmpty();
    }

    [Fact]
    public async Task an_openapi_document_is_served()
    {
        var result = await server.Host.Scenario(s =>
        {
            s.Get.Url("/openapi/v1.json");
            s.StatusCodeShouldBeOk();
        });

        var body = JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement;
        body.GetProperty("openapi").GetString().Should().StartWith("3.");
    }

    internal static async Task<JsonElement> HealthAsync(DischargeServer server, string address, HttpStatusCode status)
    {
        var result = await server.Host.Scenario(s =>
        {
            s.Get.Url(address);
            s.StatusCodeShouldBe(status);
        });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement;
    }
}
