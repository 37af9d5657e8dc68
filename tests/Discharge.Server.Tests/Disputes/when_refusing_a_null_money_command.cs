using System.Net;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Disputes;

/// <summary>
/// A JSON <c>null</c> for the body of a money command binds no command at all: refused as a body that is not an object,
/// before anything is read or recorded, on every money route that takes a body (found by the fuzzer on a panel referral,
/// whose fields may all be left out).
/// </summary>
public sealed class when_refusing_a_null_money_command(DischargeServer server) : IClassFixture<DischargeServer>
{
    private static readonly Guid Unknown = Guid.NewGuid();

    public static readonly TheoryData<string> Routes =
    [
        $"/nhs-bodies/{Requests.NhsBody}/statements",
        $"/statements/{Unknown}/payments",
        $"/statements/{Unknown}/disputes",
        $"/disputes/{Unknown}/answer",
        $"/disputes/{Unknown}/panel-referral",
        $"/disputes/{Unknown}/panel-appointment",
        $"/disputes/{Unknown}/panel-recommendation",
        $"/disputes/{Unknown}/recommendation-answer",
        "/recovery-claims",
        $"/recovery-claims/{Unknown}/answer",
    ];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task a_null_body_is_refused_as_not_an_object(string route)
    {
        var before = await server.AllEventCount();

        var problem = await (await new HospitalClient(server).PostAsync(route, "null")).ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/validation");

        problem.GetProperty("errors").GetProperty("$").EnumerateArray().Select(e => e.GetString()).Should().Equal("The body must be a JSON object.");
        (await server.AllEventCount()).Should().Be(before);
    }
}
