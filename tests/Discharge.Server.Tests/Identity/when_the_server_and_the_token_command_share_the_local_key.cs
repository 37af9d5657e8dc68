using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Discharge.Server.Database;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Identity;

/// <summary>
/// The real executables as a developer runs them: a server in Development with no provider, and the <c>token</c>
/// command, in one user's profile. The server accepts the command's token, signed with the key file they share.
/// </summary>
public sealed class when_the_server_and_the_token_command_share_the_local_key : IDisposable
{
    private readonly DirectoryInfo profile = Directory.CreateTempSubdirectory("discharge-profile-");

    [Fact]
    public async Task the_server_accepts_the_token_and_refuses_a_request_without_one()
    {
        var address = $"http://127.0.0.1:{LoopbackPort.Free()}";
        var environment = new Dictionary<string, string?>
        {
            ["ConnectionStrings__Marten"] = await SharedPostgres.CreateDatabaseAsync("localkey"),
            ["ASPNETCORE_URLS"] = address,
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["XDG_CONFIG_HOME"] = profile.FullName,
        };
        using var server = Process.Start(ServerProcess.StartInfo([], environment))!;
        try
        {
            await ServerProcess.ListeningAsync(server);
            var token = await ServerProcess.RunAsync(["token", "--organisation", Requests.Council, "--role", "council"], environment);
            using var client = new HttpClient { BaseAddress = new Uri(address) };

            (await client.GetAsync("/census?on=2004-01-18")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Output.TrimEnd());
            (await client.GetAsync("/census?on=2004-01-18")).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync();
        }
    }

    public void Dispose() => profile.Delete(recursive: true);
}
