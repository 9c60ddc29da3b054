using System.Diagnostics;
using KrBot.FakeBotApi;
using KrBot.Tests.Reliability;

namespace KrBot.Tests.Terminal;

/// <summary>The built program as a person runs it from a shell: streams closed or full, settings from the environment.</summary>
public sealed class CommandLineProcessTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly string _folder = BotProcess.NewFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("chat")]
    [InlineData("ask --json")]
    public async Task ClosedStandardInput_EndsAtOnce_ExitZero(string command)
    {
        var (code, _, _) = await ShellAsync($"exec dotnet {Quote(BotProcess.BotBinary())} {command} <&-");

        Assert.Equal(0, code);
    }

    [Fact]
    public async Task HelpIntoAFullDisk_SaysItCouldNotWrite_ExitOne()
    {
        var (code, _, error) = await ShellAsync($"exec dotnet {Quote(BotProcess.BotBinary())} --help > /dev/full");

        Assert.Equal(1, code);
        Assert.Equal("Could not write to standard output: No space left on device", error.Trim());
    }

    [Fact]
    public async Task BotMode_SettingOfTheWrongType_OneSentence_NoHostingFailureLog_ExitTwo()
    {
        var (code, output, error) = await ShellAsync(
            $"Telegram__BotToken=123456:ABCDEFGHIJKLMNOP Telegram__PollTimeoutSeconds=abc exec dotnet {Quote(BotProcess.BotBinary())}");

        Assert.Equal(2, code);
        Assert.Equal("Configuration error: Telegram:PollTimeoutSeconds must be a whole number from 0 to 50, not “abc”.", (output + error).Trim());
    }

    [Fact]
    public async Task RelativeKnowledgePath_ResolvesFromTheCurrentFolder_InAskAndValidateAlike()
    {
        var facts = Path.Combine(_folder, "kb", "x");
        Directory.CreateDirectory(facts);
        foreach (var file in Directory.GetFiles(TestKnowledge.Folder, "*.yaml")) File.Copy(file, Path.Combine(facts, Path.GetFileName(file)));
        var binary = Quote(BotProcess.BotBinary());

        var (askCode, answer, askError) = await ShellAsync($"Knowledge__Path=kb/x exec dotnet {binary} ask dingtalk");
        var (validateCode, validated, _) = await ShellAsync($"exec dotnet {binary} validate kb/x");
        var (missingCode, _, missing) = await ShellAsync($"Knowledge__Path=kb/nothing exec dotnet {binary} ask dingtalk");

        Assert.True(askCode == 0, askError);
        Assert.Contains("300 million", answer, StringComparison.Ordinal);
        Assert.Equal(0, validateCode);
        Assert.Contains("kb/x: OK", validated, StringComparison.Ordinal);
        Assert.Equal(1, missingCode);
        Assert.Contains(Path.Combine(_folder, "kb", "nothing"), missing, StringComparison.Ordinal); // the folder it looked in, not one inside bin/
    }

    [Fact]
    public async Task UnreachableTelegram_EachRetryIsOneLogLine_NoStackTrace()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = BotProcess.Start(api, _folder, new Dictionary<string, string> { ["Telegram__ApiBaseUrl"] = ClosedPort.BaseUrl() });

        await api.WaitUntilAsync(() => bot.Output.Split('\n').Count(l => l.Contains("could not be reached", StringComparison.Ordinal)) >= 2, Wait, "two retries logged");

        Assert.DoesNotContain("   at ", bot.Output, StringComparison.Ordinal);
        Assert.Contains("Telegram could not be reached (Bot API Service Failure: HttpRequestException: Connection refused", bot.Output, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> ShellAsync(string script)
    {
        var start = new ProcessStartInfo("bash", ["-c", script])
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var key in start.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal)).ToList()) start.Environment.Remove(key);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Wait);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
