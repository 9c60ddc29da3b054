namespace KrBot.Tests;

/// <summary>A loopback port nothing listens on any more: every request to it is refused at the network level.</summary>
internal static class ClosedPort
{
    public static string BaseUrl()
    {
        return $"http://127.0.0.1:{KrBot.FakeBotApi.LoopbackPort.Free()}";
    }
}
