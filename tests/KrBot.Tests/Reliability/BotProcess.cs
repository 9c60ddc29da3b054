using System.Collections.Concurrent;
using System.Diagnostics;
using KrBot.FakeBotApi;

namespace KrBot.Tests.Reliability;

/// <summary>
/// The bot as operators run it: the built KrBot binary in a process of its own, configured through environment
/// variables, talking to the fake Bot API on 127.0.0.1. Tests kill it (SIGKILL), stop it (SIGTERM) and start it
/// again on the same database folder, which is how delivery guarantees fail in real life.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BotProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) _output.Enqueue(line); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) _output.Enqueue(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Everything it printed so far (console log lines and error sentences).</summary>
    public string Output => string.Join('\n', _output);

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>A new temp folder for a bot's database, shared by the runs of one test.</summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "krbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string DatabasePath(string folder) => Path.Combine(folder, "data", "krbot.db");

    /// <param name="settings">Extra settings as environment variables, e.g. <c>Hosting__ShutdownTimeoutSeconds</c>.</param>
    /// <param name="asUser">Runs it as this numeric user and group id (root only), for permissions that root ignores.</param>
    public static BotProcess Start(FakeBotApiServer api, string folder, IReadOnlyDictionary<string, string>? settings = null, string? asUser = null)
    {
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var bot = BotBinary();
        var start = asUser is null
            ? new ProcessStartInfo(dotnet, [bot])
            : new ProcessStartInfo("setpriv", [$"--reuid={asUser}", $"--regid={asUser}", "--clear-groups", dotnet, bot]);
        start.WorkingDirectory = folder;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;

        // Nothing from this machine's own bot settings may leak in.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Telegram__", StringComparison.Ordinal) || k.StartsWith("Storage__", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(key);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["Telegram__BotToken"] = api.Token;
        start.Environment["Telegram__ApiBaseUrl"] = api.BaseUrl.ToString();
        start.Environment["Telegram__PollTimeoutSeconds"] = "1";
        start.Environment["Knowledge__Path"] = TestKnowledge.Folder;
        start.Environment["Storage__DatabasePath"] = DatabasePath(folder);
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        return new BotProcess(Process.Start(start)!);
    }

    /// <summary>
    /// KrBot.dll in the bot project's own build output, same configuration as the tests. (The copy beside the tests
    /// cannot run on its own: the test project's ASP.NET Core framework supplies some of its assemblies.)
    /// </summary>
    public static string BotBinary()
    {
        var tests = new DirectoryInfo(AppContext.BaseDirectory); // tests/KrBot.Tests/bin/<Configuration>/<framework>/
        var framework = tests.Name;
        var configuration = tests.Parent!.Name;
        var binary = Path.Combine(RepositoryFolder(), "src", "KrBot", "bin", configuration, framework, "KrBot.dll");
        return File.Exists(binary) ? binary : throw new InvalidOperationException($"{binary} is missing: build the solution first");
    }

    /// <summary>The clone the tests were built in (the folder holding KrBot.sln).</summary>
    public static string RepositoryFolder()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "KrBot.sln"))) root = root.Parent;
        return root?.FullName ?? throw new InvalidOperationException("KrBot.sln not found above the tests");
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as `docker stop` and systemd send it.</summary>
    public void Terminate()
    {
        const int SigTerm = 15;
        if (Kill(_process.Id, SigTerm) != 0) throw new InvalidOperationException($"kill({_process.Id}, SIGTERM) failed");
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
#pragma warning disable SYSLIB1054 // one call in a test helper; LibraryImport would need unsafe code enabled
    private static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }
}
