using System.Net;
using System.Net.Sockets;

namespace KrBot.FakeBotApi;

/// <summary>A loopback port free a moment ago, for a process the tests start (a bot replica, a proxy) or leave closed.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
