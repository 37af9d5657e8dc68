using Discharge.Server.Web.League;

namespace Discharge.Server.Web;

/// <summary>
/// The pages people read: Razor components rendered on the server (static server rendering: plain HTML and forms, no
/// client framework), charts drawn by chart.js served from the service's own files.
/// </summary>
internal static class WebPages
{
    public static WebApplicationBuilder AddWebPages(this WebApplicationBuilder builder)
    {
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
        app.MapRazorComponents<App>();
        return app;
    }
}
