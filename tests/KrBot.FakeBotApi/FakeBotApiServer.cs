using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KrBot.FakeBotApi;

/// <summary>
/// A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests: point a real TelegramBotClient at
/// <see cref="BaseUrl"/>, inject updates, and inspect what the bot sent. It serves POST (or GET)
/// /bot{token}/{method} with JSON, form or query arguments and answers as Telegram does.
/// </summary>
public sealed partial class FakeBotApiServer : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;
    private readonly FakeBotState _state;
    private readonly BotApiMethods _methods;
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    private FakeBotApiServer(WebApplication app, FakeBotState state)
    {
        _app = app;
        _state = state;
        _methods = new BotApiMethods(state);
    }

    /// <summary>http://127.0.0.1:PORT, to pass as the base URL of TelegramBotClientOptions.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The only token the server accepts; others get 401.</summary>
    public string Token => _state.Options.Token;

    /// <summary>The bot's user id: the digits before ':' in <see cref="Token"/>.</summary>
    public long BotId => _state.BotId;

    public string BotUsername => _state.Options.BotUsername;

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<FakeBotApiServer> StartAsync(FakeBotApiOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FakeBotApiOptions();
        options.Validate();

        // The empty builder brings no logging providers, configuration sources or hosting environment: no console
        // output, and nothing from the environment (ASPNETCORE_URLS and the like) can move the server off loopback.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeBotApiServer(app, new FakeBotState(options));
        ((IApplicationBuilder)app).Run(server.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
            var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            server.BaseUrl = new Uri(addresses.Addresses.Single());
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // Ends waiting long polls first, or Kestrel would wait for them to time out before it stops.
        await _stopping.CancelAsync();
        using (var stopTimeout = new CancellationTokenSource(StopTimeout))
        {
            await _app.StopAsync(stopTimeout.Token);
        }

        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        // Stopping the server ends waiting long polls with an empty result instead of a dropped connection.
        using var endWaits = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        // Telegram counts a request against its limits when it arrives; this process may take a while longer to read
        // its body (it also runs the test), and that delay must not bunch requests up in the count.
        var arrived = _state.Now;
        var result = await AnswerAsync(context.Request, arrived, endWaits.Token);
        var body = result.Utf8Body();
        context.Response.StatusCode = result.StatusCode;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        try
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up on the request (a cancelled long poll); nobody is left to answer.
        }
    }

    private async Task<BotApiResult> AnswerAsync(HttpRequest request, DateTimeOffset arrived, CancellationToken cancellationToken)
    {
        if (!BotApiRequestReader.TrySplitPath(request.Path.Value, out var token, out var method))
        {
            return BotApiResult.NotFound();
        }

        if (token != Token)
        {
            return BotApiResult.Unauthorized();
        }

        JsonObject body;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            body = await BotApiRequestReader.ReadArgumentsAsync(request, files, cancellationToken);
        }
        catch (JsonException)
        {
            return BotApiResult.BadRequest("can't parse JSON encoded request body");
        }

        var known = _methods.Canonical(method);
        _state.Journal.Record(new RecordedRequest(known ?? method, body, _state.Now));
        if (known is null)
        {
            return BotApiResult.NotFound();
        }

        var args = new BotApiArguments(body, files) { ArrivedAt = arrived };
        await _state.Faults.WaitIfHeldAsync(known, args.GetLong("chat_id"), cancellationToken);
        if (_state.Faults.Take(known, args.GetLong("chat_id"), _state.Now) is { } fault)
        {
            return BotApiResult.From(fault);
        }

        try
        {
            return await _methods.InvokeAsync(known, args, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug in the fake: say so in the answer, where the failing test will show it.
            return BotApiResult.Error(500, $"Internal Server Error: the fake Bot API failed: {exception}");
        }
    }
}
