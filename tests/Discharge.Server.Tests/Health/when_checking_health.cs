using System.Text.Json;
using Alba;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Health;

public sealed class when_checking_health(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task the_database_is_reported_healthy()
    {
        var result = await server.Host.Scenario(s =>
        {
            s.Get.Url("/health");
            s.StatusCodeShouldBeOk();
        });

        var body = JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement;
        body.GetProperty("status").GetString().Should().Be("Healthy");
        body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString().Should().Be("Healthy");
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
}
