using Discharge.Server.Web.League;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;

namespace Discharge.Server.Web;

/// <summary>
/// The pages people read: Razor components rendered on the server (static server rendering: plain HTML and forms, no
/// client framework), charts drawn by chart.js served from the service's own files.
/// </summary>
internal static class WebPages
{
    /// <summary>Before problem details are added: the pages' problem writer must come before the JSON one.</summary>
    public static WebApplicationBuilder AddWebPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IProblemDetailsWriter, ProblemPageWriter>();
        builder.Services.AddRazorComponents();
        builder.Services.AddSingleton(LeagueReference.Load(builder.Configuration["Discharge:ReferenceData"]));
        return builder;
    }

    /// <summary>The scripts and styles, anonymous: before authentication, they carry nothing of anyone's.</summary>
    public static WebApplication UseWebAssets(this WebApplication app)
    {
        app.UseStaticFiles();
        return app;
    }

    public static WebApplication MapWebPages(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapRazorComponents<App>().Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: OpaqueRedirect })
            {
                // The framework's own: it redirects only to addresses this service encrypted, for scripts the pages do not load.
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
            else if (endpoint.Metadata.OfType<ComponentTypeMetadata>().All(c => c.Type != typeof(Pages.SignIn)))
            {
                // Only the sign-in page has a form; every other page is read, and answers nothing else.
                foreach (var methods in endpoint.Metadata.OfType<HttpMethodMetadata>().ToList())
                {
                    endpoint.Metadata.Remove(methods);
                }

                endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get]));
            }
        });
        return app;
    }

    private const string OpaqueRedirect = "/_framework/opaque-redirect";
}
