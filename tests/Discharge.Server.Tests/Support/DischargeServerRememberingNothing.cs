namespace Discharge.Server.Tests.Support;

/// <summary>The server with no remembered histories, so that every command reads its episode before deciding.</summary>
public sealed class DischargeServerRememberingNothing : DischargeServer
{
    public DischargeServerRememberingNothing()
        : base(Start, new Dictionary<string, string> { ["Discharge:RememberedEpisodes"] = "0" })
    {
    }
}
