using System.Text.Json;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Statements;

/// <summary>Every route of the money loop is in the OpenAPI document, naming the shape of its answer.</summary>
public sealed class when_reading_the_money_routes_in_the_openapi_document(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Theory]
    [InlineData("post", "/nhs-bodies/{code}/statements", "201", "StatementAnswer")]
    [InlineData("get", "/statements/{statementId}", "200", "StatementAnswer")]
    [InlineData("post", "/statements/{statementId}/payments", "200", "RecordedPayment")]
    [InlineData("post", "/statements/{statementId}/disputes", "201", "DisputeView")]
    [InlineData("get", "/disputes/{disputeId}", "200", "DisputeView")]
    [InlineData("post", "/disputes/{disputeId}/answer", "200", "DisputeView")]
    [InlineData("post", "/disputes/{disputeId}/panel-referral", "200", "DisputeView")]
    [InlineData("post", "/disputes/{disputeId}/panel-appointment", "200", "DisputeView")]
    [InlineData("post", "/disputes/{disputeId}/panel-recommendation", "200", "DisputeView")]
    [InlineData("post", "/disputes/{disputeId}/recommendation-answer", "200", "DisputeView")]
    [InlineData("get", "/councils/{code}/statements", "200", "StatementList")]
    [InlineData("get", "/nhs-bodies/{code}/statements", "200", "StatementList")]
    [InlineData("get", "/councils/{code}/disputes", "200", "DisputeList")]
    [InlineData("get", "/nhs-bodies/{code}/disputes", "200", "DisputeList")]
    [InlineData("get", "/councils/{code}/accounts", "200", "AccountList")]
    [InlineData("get", "/nhs-bodies/{code}/accounts", "200", "AccountList")]
    [InlineData("post", "/recovery-claims", "201", "RecoveryClaimView")]
    [InlineData("post", "/recovery-claims/{claimId}/answer", "200", "RecoveryClaimView")]
    [InlineData("get", "/recovery-claims/{claimId}", "200", "RecoveryClaimView")]
    [InlineData("get", "/councils/{code}/recovery-claims", "200", "RecoveryClaimList")]
    public async Task the_route_names_its_answer(string method, string path, string status, string schema)
    {
        using var client = server.Host.Server.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty(method);

        operation.GetProperty("responses").GetProperty(status).GetProperty("content").GetProperty("application/json").GetProperty("schema")
            .GetProperty("$ref").GetString().Should().Be($"#/components/schemas/{schema}");
        operation.GetProperty("security").GetArrayLength().Should().BeGreaterThan(0, "every money route needs a bearer token");
    }

    [Fact]
    public async Task the_statement_is_also_served_as_csv()
    {
        using var client = server.Host.Server.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        var content = document.GetProperty("paths").GetProperty("/statements/{statementId}").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");

        content.TryGetProperty("text/csv", out _).Should().BeTrue();
    }
}
