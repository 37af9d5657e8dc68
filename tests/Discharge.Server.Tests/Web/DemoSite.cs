using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Discharge.Server.Tests.Support;
using Microsoft.Playwright;

namespace Discharge.Server.Tests.Web;

/// <summary>
/// The server started as a newcomer starts it with <c>--demo</c> (Development, a real port), once the demo is recorded,
/// and one headless Chromium for every browser test: Debian's own (<c>chromium</c> on PATH), so nothing is downloaded.
/// </summary>
public sealed class DemoSite : IAsyncLifetime
{
    public const string Derby = "E06000015";

    private readonly RunningServer server = new(new Dictionary<string, string> { ["DOTNET_ENVIRONMENT"] = "Development" }, ["--demo"]);
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => server.Address;

    public async Task InitializeAsync()
    {
        await server.InitializeAsync();
        await DemoRecordedAsync();
        await WarmUpAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium(),
            Headless = true,
            // Chromium's sandbox refuses to run as root (CI runs as root).
            Args = Environment.UserName == "root" ? ["--no-sandbox"] : [],
        });
    }

    /// <summary>A JSON answer of the API, as <paramref name="organisation"/> reads it (an auditor by default).</summary>
    public async Task<JsonElement> ApiAsync(string path, string organisation = TestTokens.Auditor)
    {
        using var client = Client(organisation);
        return await client.GetFromJsonAsync<JsonElement>(path);
    }

    public HttpClient Client(string organisation = TestTokens.Auditor)
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = organisation == TestTokens.Auditor
            ? TestTokens.Bearer(organisation, Discharge.Server.Identity.DischargeRoles.Auditor)
            : TestTokens.Bearer(organisation);
        return client;
    }

    /// <summary>A page in a browser of its own (its own cookies), signed in through the sign-in form as <paramref name="organisation"/> when named.</summary>
    public async Task<IPage> PageAsync(string path, string? organisation = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), ViewportSize = new() { Width = 1200, Height = 900 } });
        // A shared 2-core machine can be slow: a step may take longer than Playwright's default 30 s before the test fails.
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        if (organisation is not null)
        {
            // The page sends a browser without a token to sign in, and back once it has.
            page.Url.Should().Contain("/sign-in?returnUrl=");
            await page.FillAsync("#token", TestTokens.For(organisation));
            await page.ClickAsync("form:has(#token) button[type=submit]");
            await page.WaitForURLAsync(new Uri(Address, path).ToString());
        }

        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await server.DisposeAsync();
    }

    /// <summary>
    /// The demo's last command is Derby's payment of its statement: once it shows, everything before it is recorded. The
    /// liability checks of Derby's three episodes run on the scheduler's poll, and are awaited too.
    /// </summary>
    private async Task DemoRecordedAsync()
    {
        using var client = Client();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (true)
        {
            var statements = await client.GetFromJsonAsync<JsonElement>($"/councils/{Derby}/statements", timeout.Token);
            var notifications = await client.GetFromJsonAsync<JsonElement>($"/councils/{Derby}/notifications", timeout.Token);
            if (statements.GetProperty("statements").EnumerateArray().Any(s => s.GetProperty("paid").GetDecimal() > 0) && notifications.GetArrayLength() == 3)
            {
                return;
            }

            await Task.Delay(250, timeout.Token);
        }
    }

    /// <summary>The first render of each page compiles its code: done once here, so that no test's timing includes it.</summary>
    private async Task WarmUpAsync()
    {
        using var client = Client();
        foreach (var path in new[] { "/", $"/view/councils/{Derby}", "/view/nhs-bodies/RFS", "/view/episodes/00000000-0000-4000-8000-000000000003" })
        {
            (await client.GetAsync(path)).EnsureSuccessStatusCode();
        }
    }

    private static string Chromium() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .SelectMany(folder => new[] { Path.Combine(folder, "chromium"), Path.Combine(folder, "chromium-browser") })
        .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("The browser tests need Debian's chromium on PATH: apt-get install chromium (.ci/run does).");
}

[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<DemoSite>
{
    public const string Name = "browser";
}
