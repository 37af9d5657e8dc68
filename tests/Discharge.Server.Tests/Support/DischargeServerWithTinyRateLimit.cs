namespace Discharge.Server.Tests.Support;

/// <summary>The server letting each organisation send two commands a minute, so that a test reaches the limit at once.</summary>
public sealed class DischargeServerWithTinyRateLimit : DischargeServer
{
    public const int CommandsPerMinute = 2;

    public DischargeServerWithTinyRateLimit()
        : base(Start, new Dictionary<string, string> { ["Discharge:RateLimit:CommandsPerMinute"] = $"{CommandsPerMinute}" })
    {
    }
}
