namespace Discharge.Server.Hosting;

/// <summary>A Debug build, as <c>dotnet run</c> makes, runs as Development unless the environment is named.</summary>
internal static class DevelopmentBuild
{
    /// <summary>
    /// Not a launch profile: with one, <c>dotnet run</c> prints "Using launch settings from …" on standard output,
    /// ahead of the calculator's JSON (dotnet/sdk#45640). ASPNETCORE_ENVIRONMENT and <c>--environment</c> still win.
    /// </summary>
    public static void NameEnvironmentIfUnnamed()
    {
#if DEBUG
        if (Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is null && Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is null)
        {
            Environment.SetEnvironmentVariable("DOTNET_ENVIRONMENT", Environments.Development);
        }
#endif
    }
}
