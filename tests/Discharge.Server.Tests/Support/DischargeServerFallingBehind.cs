namespace Discharge.Server.Tests.Support;

/// <summary>The server with no projection daemon and no tolerance for a backlog, so that a test sees its health degrade at once.</summary>
public sealed class DischargeServerFallingBehind : DischargeServer
{
    public DischargeServerFallingBehind()
        : base(Start, new Dictionary<string, string>
        {
            ["Discharge:ProjectionDaemon"] = "Disabled",
            ["Discharge:Health:MaxDaemonLag"] = "0",
            ["Discharge:Health:MaxBacklog"] = "0",
        })
    {
    }
}
