using Discharge.Server.Tests.Support;
using NodaTime.Text;

namespace Discharge.Server.Tests.Identity;

/// <summary>
/// The steps a 2003-Act dispute can take after it is raised, in order, each a command either side may send with a body it
/// accepts on the day the test server's clock starts (no step may be dated before the dispute or in the future).
/// </summary>
public sealed record DisputeStep(string Path, object Body)
{
    private static readonly string Today = LocalDatePattern.Iso.Format(DischargeServer.Start.InUtc().Date);

    public static readonly DisputeStep[] InOrder =
    [
        new("panel-referral", new { }),
        new("panel-appointment", new { appointedOn = Today, members = "Trent SHA panel" }),
        new("panel-recommendation", new { recommendedOn = Today, recommendation = "The charge stands." }),
        new("recommendation-answer", new { accept = true }),
    ];
}
