using KrBot.FakeBotApi;
using KrBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using KrBot.Subscriptions;
using KrBot.Terminal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace KrBot.Tests.EndToEnd;

/// <summary>
/// The real bot host, as `dotnet run` builds it, talking over HTTP with the real Telegram.Bot client to a fake Bot
/// API on 127.0.0.1. Each instance has its own temp folder for the database; logs are collected for inspection.
/// </summary>
internal sealed class RunningBot : IAsyncDisposable
{
    private readonly bool _ownsApi;

    private RunningBot(FakeBotApiServer api, IHost host, string folder, bool ownsApi)
    {
        Api = api;
        Host = host;
        Folder = folder;
        _ownsApi = ownsApi;
        Address = (host as WebApplication)?.Urls.Select(url => new Uri(url)).FirstOrDefault();
    }

    /// <summary>Where the bot listens (webhook mode, or polling with Hosting:HealthUrls); null for plain polling.</summary>
    public Uri? Address { get; }

    public FakeBotApiServer Api { get; }

    public IHost Host { get; }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "data", "krbot.db");

    public FakeLogCollector Logs => Host.Services.GetFakeLogCollector();

    public ISubscriptionStore Store => Host.Services.GetRequiredService<ISubscriptionStore>();

    public static async Task<RunningBot> StartAsync(
        Action<Dictionary<string, string?>>? configure = null,
        TimeProvider? time = null,
        FakeBotApiServer? api = null,
        string? folder = null)
    {
        var ownsApi = api is null;
        api ??= await FakeBotApiServer.StartAsync();
        folder ??= Path.Combine(Path.GetTempPath(), "krbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);

        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = api.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["Telegram:PollTimeoutSeconds"] = "2",
            ["Telegram:Sender:RateLimitsEnabled"] = "false",
            ["Knowledge:Path"] = TestKnowledge.Folder,
            ["Storage:DatabasePath"] = Path.Combine(folder, "data", "krbot.db"),
            // Stopping drains the outbox up to this long; tests that leave retries behind should not wait the 8 s default.
            ["Hosting:ShutdownTimeoutSeconds"] = "3",
        };
        configure?.Invoke(settings);

        var host = Build(settings, folder, time);
        await host.StartAsync();
        return new RunningBot(api, host, folder, ownsApi);
    }

    /// <summary>
    /// As BotCommand composes it: a plain host, or an ASP.NET Core app (webhook mode, or a health listener) on a free
    /// loopback port. No defaults: the machine's environment variables and appsettings.json must not leak into a test.
    /// </summary>
    private static IHost Build(Dictionary<string, string?> settings, string folder, TimeProvider? time)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        if (!BotWebHost.IsNeeded(configuration))
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = folder });
            Compose(builder, settings, time);
            return builder.Build();
        }

        var web = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = folder });
        web.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        web.Services.AddRoutingCore();
        Compose(web, settings, time);
        BotWebHost.AddOperations(web);
        return BotWebHost.MapOperations(web.Build());
    }

    private static void Compose(IHostApplicationBuilder builder, Dictionary<string, string?> settings, TimeProvider? time)
    {
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddFakeLogging();
        BotCommand.AddBot(builder);
        if (time is not null) builder.Services.Replace(ServiceDescriptor.Singleton(time));
    }

    /// <summary>Stops the host as SIGTERM would, keeping the fake API and the database for a restart.</summary>
    public async Task StopAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await Host.StopAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try { await StopAsync(); }
        catch (ObjectDisposedException) { /* already stopped */ }

        Host.Dispose();
        if (_ownsApi) await Api.DisposeAsync();
    }

    public void DeleteFolder()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* best effort */ }
    }
}
