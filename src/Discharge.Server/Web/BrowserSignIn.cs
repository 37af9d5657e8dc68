using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Components.Endpoints;

namespace Discharge.Server.Web;

/// <summary>
/// A browser cannot send a bearer header, so the pages take the same token from a cookie, set by the sign-in page's form.
/// The cookie is HttpOnly and SameSite=Strict (no other site's page can send it), and it is read only for GET and HEAD:
/// a command (a POST) always needs the header, so a signed-in browser can read but never be made to act.
/// </summary>
internal static class BrowserSignIn
{
    public const string CookieName = "discharge-token";

    public const string Path = "/sign-in";

    /// <summary>
    /// The token from the cookie, when the request carries no bearer header and only reads, or is the sign-in page's own
    /// form (signing in or out): its anti-forgery token is bound to the user the page was rendered for, who must be the
    /// same user when it is sent back. That form acts on nothing but the cookie.
    /// </summary>
    public static Task ReadTokenFromCookie(MessageReceivedContext context)
    {
        var request = context.Request;
        var signInForm = HttpMethods.IsPost(request.Method) && request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(request.Headers.Authorization) && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || signInForm)
            && request.Cookies.TryGetValue(CookieName, out var token))
        {
            context.Token = token;
        }

        return Task.CompletedTask;
    }

    public static void Remember(HttpResponse response, string token) =>
        response.Cookies.Append(CookieName, token, Options(response.HttpContext));

    public static void Forget(HttpResponse response) => response.Cookies.Delete(CookieName, Options(response.HttpContext));

    /// <summary>
    /// A browser asking for a page without a valid token is sent to sign in and brought back; a program (no
    /// <c>Accept: text/html</c>) gets the 401 problem every route gives.
    /// </summary>
    public static bool RedirectToSignIn(JwtBearerChallengeContext context)
    {
        var http = context.HttpContext;
        if (http.GetEndpoint() is not { } endpoint || !IsPage(endpoint) || !AsksForHtml(http.Request))
        {
            return false;
        }

        context.HandleResponse();
        if (context.AuthenticateFailure is not null)
        {
            Forget(http.Response);
        }

        var query = QueryString.Create("returnUrl", http.Request.Path + http.Request.QueryString);
        http.Response.Redirect(Path + (context.AuthenticateFailure is null ? query : query.Add("refused", "true")));
        return true;
    }

    /// <summary>A browser asks for HTML; a program asks for JSON, or for anything.</summary>
    public static bool AsksForHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static bool IsPage(Endpoint endpoint) => endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;

    /// <summary>Only the service's own pages may be returned to, so that a crafted link cannot send a signed-in browser elsewhere.</summary>
    public static string SafeReturn(string? returnUrl) =>
        returnUrl is ['/', not '/' and not '\\', ..] || returnUrl == "/" ? returnUrl : "/";

    private static CookieOptions Options(HttpContext http) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = http.Request.IsHttps,
        Path = "/",
        IsEssential = true,
    };
}
