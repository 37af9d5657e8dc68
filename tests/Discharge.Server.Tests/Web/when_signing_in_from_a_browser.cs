using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Web;

/// <summary>
/// A browser keeps its token in a cookie: the pages (and other reads) take it from there, a command never does, and the
/// sign-in form is refused without its anti-forgery token. A browser with no token is sent to sign in.
/// </summary>
public sealed class when_signing_in_from_a_browser(DischargeServer server) : IClassFixture<DischargeServer>
{
    private const string CouncilPage = "/view/councils/" + Requests.Council;

    [Fact]
    public async Task a_browser_without_a_token_is_sent_to_sign_in_and_back()
    {
        using var client = server.Host.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, CouncilPage);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Found);
        response.Headers.Location!.OriginalString.Should().Be("/sign-in?returnUrl=%2Fview%2Fcouncils%2FE06000015");
    }

    [Fact]
    public async Task a_page_reads_the_token_from_the_cookie()
    {
        using var client = server.Host.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, CouncilPage);
        request.Headers.Add("Cookie", $"discharge-token={TestTokens.For(Requests.Council)}");

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).Should().Contain("<h1>Derby (E06000015)</h1>");
    }

    [Fact]
    public async Task a_page_refuses_what_the_api_refuses_with_the_same_status()
    {
        using var client = server.CreateAuditorClient();

        using var response = await client.GetAsync("/view/councils/E99999999");

        ((int)response.StatusCode).Should().Be(422);
        (await response.Content.ReadAsStringAsync()).Should().Contain("E99999999");
    }

    [Theory]
    [InlineData(Requests.Council, "/view/councils/E09000007", 403, "The report is not the caller")]
    [InlineData(Requests.Council, "/view/episodes/not-an-episode", 404, "Nothing answers at this address.")]
    [InlineData(Requests.Council, "/view/episodes/00000000-0000-4000-8000-0000000000ff", 404, "00000000-0000-4000-8000-0000000000ff")]
    [InlineData(TestTokens.Auditor, "/view/councils/E99999999", 422, "E99999999")]
    public async Task a_browser_refused_a_page_reads_why_in_a_page_of_the_site_with_the_apis_status(string organisation, string path, int status, string why)
    {
        using var client = server.CreateClient(organisation, organisation == TestTokens.Auditor ? Discharge.Server.Identity.DischargeRoles.Auditor : null);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request);

        var html = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().Be(status, html);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        html.Should().Contain("<a class=\"home\" href=\"/\">", "the page is in the site's layout").And.Contain("<h1 id=\"problem\"").And.Contain(why);
    }

    [Theory]
    [InlineData("/view/councils/E09000007", null)]
    [InlineData("/councils/E09000007/delays?from=2004-01-01&to=2004-01-31", "text/html")]
    public async Task a_program_and_every_api_route_still_answer_problem_details(string path, string? accept)
    {
        using var client = server.CreateClient(Requests.Council);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        using var response = await client.SendAsync(request);

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "/problems/not-your-report");
    }

    [Fact]
    public async Task the_header_names_who_is_signed_in_with_a_form_to_sign_out_or_offers_to_sign_in()
    {
        using var client = server.Host.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", $"discharge-token={TestTokens.For(Requests.Council)}");

        using var signedIn = await client.SendAsync(request);
        var anonymous = await client.GetStringAsync("/");

        (await signedIn.Content.ReadAsStringAsync()).Should().Contain("<span id=\"signed-in\">Derby (E06000015), council</span>")
            .And.MatchRegex("<form id=\"sign-out\" method=\"post\" action=\"/sign-in\"><input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"[^\"]+\" />")
            .And.NotContain(">Sign in</a>");
        anonymous.Should().Contain("<a href=\"/sign-in\">Sign in</a>").And.NotContain("id=\"signed-in\"").And.NotContain("id=\"sign-out\"");
    }

    [Fact]
    public async Task a_command_never_takes_the_token_from_the_cookie()
    {
        using var client = server.Host.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/episodes/{Guid.NewGuid()}/assessment-notice")
        {
            Content = new StringContent(JsonSerializer.Serialize(Requests.AssessmentNotice("2004-01-12T10:15:00Z")), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        request.Headers.Add("Cookie", $"discharge-token={TestTokens.For(Requests.NhsBody)}");

        using var response = await client.SendAsync(request);

        await response.ShouldBeProblem(HttpStatusCode.Unauthorized, "/problems/unauthenticated");
    }

    [Fact]
    public async Task the_sign_in_form_is_refused_without_its_anti_forgery_token()
    {
        using var client = server.Host.Server.CreateClient();

        using var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["Token"] = TestTokens.For(Requests.Council),
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").Should().BeFalse("no token is kept from a form another site could have sent");
    }

    [Theory]
    [InlineData("/view/councils/E06000015", "/view/councils/E06000015")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData(null, "/")]
    public void it_returns_only_to_the_services_own_pages(string? returnUrl, string expected) =>
        Discharge.Server.Web.BrowserSignIn.SafeReturn(returnUrl).Should().Be(expected);
}
