using NodaTime;

namespace Discharge.Server.Tests.Support;

/// <summary>The server with its clock at 09:00 on Tue 13 Jan 2004, for tests that give a notice and then let days pass.</summary>
public sealed class DischargeServerOnNoticeDay : DischargeServer
{
    public static readonly Instant NoticeDay = Instant.FromUtc(2004, 1, 13, 9, 0);

    public DischargeServerOnNoticeDay()
        : base(NoticeDay)
    {
    }
}
