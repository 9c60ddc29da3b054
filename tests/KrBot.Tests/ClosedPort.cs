namespace KrBot.Tests;

/// <summary>A loopback port nothing listens on any more: every request to it is refused at the network level.</summary>
internal static class ClosedPort
{
    public static string BaseUrl()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
