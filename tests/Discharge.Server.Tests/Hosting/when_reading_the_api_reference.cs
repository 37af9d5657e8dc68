using System.Net;
using System.Text.RegularExpressions;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Hosting;

/// <summary>
/// The API reference page is read without a token, like the OpenAPI document it shows, and everything it loads comes
/// from the service: it must work where nothing outside is reachable.
/// </summary>
public sealed partial class when_reading_the_api_reference(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task the_page_is_html_that_shows_the_openapi_document()
    {
        using var client = server.Host.Server.CreateClient();

        var page = await PageAsync(client);

        // The page's script resolves the address against the site's root, the page's folder less "/scalar/".
        DocumentAddress().Match(page).Groups["url"].Value.Should().Be("openapi/v1.json", page);
        (await client.GetAsync("/openapi/v1.json")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task its_address_without_the_slash_leads_to_it()
    {
        using var client = server.Host.Server.CreateClient();

        var response = await client.GetAsync(AnonymousRoutes.ApiReferencePage.TrimEnd('/'));

        response.StatusCode.Should().Be(HttpStatusCode.Found);
        new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!).AbsolutePath.Should().Be(AnonymousRoutes.ApiReferencePage);
    }

    [Fact]
    public async Task its_scripts_come_from_the_service_and_nothing_from_elsewhere()
    {
        using var client = server.Host.Server.CreateClient();

        var page = await PageAsync(client);

        page.Should().NotContainAny("http://", "https://", "//cdn");
        page.Should().Contain("\"withDefaultFonts\":false").And.Contain("\"telemetry\":false").And.Contain("\"agent\":{\"disabled\":true}");
        var scripts = ScriptSource().Matches(page).Select(m => m.Groups["src"].Value).ToList();
        scripts.Should().BeEquivalentTo("scalar.js", "scalar.aspnetcore.js");
        foreach (var script in scripts)
        {
            var response = await client.GetAsync(new Uri(new Uri(client.BaseAddress!, AnonymousRoutes.ApiReferencePage), script));
            response.StatusCode.Should().Be(HttpStatusCode.OK, script);
            response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript", script);
        }
    }

    private static async Task<string> PageAsync(HttpClient client)
    {
        var response = await client.GetAsync(AnonymousRoutes.ApiReferencePage);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("\"sources\":\\[\\{[^}]*\"url\":\"(?<url>[^\"]+)\"")]
    private static partial Regex DocumentAddress();

    [GeneratedRegex("<script[^>]*\\ssrc=\"(?<src>[^\"]+)\"")]
    private static partial Regex ScriptSource();
}
