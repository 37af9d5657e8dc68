using System.Net;
using System.Net.Sockets;

namespace Discharge.Server.Database;

/// <summary>A loopback port free at the moment of asking, for a local server to listen on.</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
