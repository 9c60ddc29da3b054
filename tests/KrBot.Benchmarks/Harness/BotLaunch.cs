using System.Diagnostics;
using KrBot.FakeBotApi;

namespace KrBot.Benchmarks.Harness;

/// <summary>How to start one bot against a fake Bot API: its name in the reports and its command line.</summary>
/// <param name="StartInfo">The command for a given fake API and an empty working folder of its own.</param>
internal sealed record BotLaunch(string Name, Func<FakeBotApiServer, string, ProcessStartInfo> StartInfo)
{
    // Variables that change the GC's first-generation budget; a plain start must not inherit them from this shell.
    private static readonly string[] Gen0Variables = ["DOTNET_GCgen0size", "COMPlus_GCgen0size", "DOTNET_GCGen0MaxBudget", "COMPlus_GCGen0MaxBudget"];

    /// <summary>KrBot.dll in <paramref name="appFolder"/> (e.g. a ReadyToRun publish); default: the Release build.</summary>
    public static string KrBotBinary(string? appFolder)
    {
        var binary = Path.Combine(appFolder ?? Path.Combine(Stats.RepositoryRoot(), "src", "KrBot", "bin", "Release", "net10.0"), "KrBot.dll");
        return File.Exists(binary) ? binary : throw new InvalidOperationException($"build it first: dotnet build -c Release src/KrBot ({binary} is missing)");
    }

    /// <summary>KrBot as people start it, `dotnet KrBot.dll`, rate limits off, plus any <paramref name="environment"/>.</summary>
    public static BotLaunch KrBot(string binary, IReadOnlyDictionary<string, string>? environment = null) => new("KrBot", (api, folder) =>
    {
        var start = new ProcessStartInfo("dotnet", [binary])
        {
            WorkingDirectory = folder,
            Environment =
            {
                ["Telegram__BotToken"] = api.Token,
                ["Telegram__ApiBaseUrl"] = api.BaseUrl.ToString(),
                // Flood control is per user; the burst comes from many users, each under the limit.
                ["Telegram__Sender__RateLimitsEnabled"] = "false",
                ["Knowledge__Path"] = Path.Combine(Stats.RepositoryRoot(), "knowledge"),
                ["Storage__DatabasePath"] = Path.Combine(folder, "krbot.db"),
                ["Logging__LogLevel__Default"] = "Warning",
                // The bot logs its own fact base load time at start; the e2e harness reads that line back.
                ["Logging__LogLevel__KrBot.Hosting.FactBaseLoader"] = "Information",
            },
        };
        foreach (var name in Gen0Variables) start.Environment.Remove(name);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return start;
    });

    /// <summary>The reference Telegram.Bot loop (<see cref="BareTelegramBot"/>), run from this very benchmark binary.</summary>
    public static BotLaunch BareTelegramBot() =>
        new("bare Telegram.Bot", (api, folder) => Reference(api, folder, "dotnet", typeof(BareTelegramBot).Assembly.Location, "bare-bot"));

    /// <summary>The grammY bot in tests/KrBot.Benchmarks/grammy, on Node.</summary>
    public static BotLaunch GrammY()
    {
        var project = Path.Combine(Stats.RepositoryRoot(), "tests", "KrBot.Benchmarks", "grammy");
        if (!Directory.Exists(Path.Combine(project, "node_modules", "grammy")))
            throw new InvalidOperationException("grammY is not installed; run: npm ci --prefix tests/KrBot.Benchmarks/grammy");
        return new("grammY", (api, folder) => Reference(api, folder, "node", Path.Combine(project, "bot.mjs")));
    }

    // The reference bots read the fake API's token and address from the environment.
    private static ProcessStartInfo Reference(FakeBotApiServer api, string folder, string fileName, params string[] arguments) =>
        new(fileName, arguments)
        {
            WorkingDirectory = folder,
            Environment =
            {
                ["BOT_TOKEN"] = api.Token,
                ["BOT_API_BASE_URL"] = api.BaseUrl.ToString().TrimEnd('/'),
            },
        };
}
