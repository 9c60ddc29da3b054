using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using KrBot.FakeBotApi;

namespace KrBot.Tests.Reliability;

/// <summary>
/// Caddy from the distribution's packages, run with deploy/Caddyfile as the compose file runs it, changed only where
/// a test machine differs: plain HTTP on a loopback port instead of the domain's HTTPS, and the replicas' loopback
/// addresses instead of the compose network's DNS name. Everything else (the public path, round robin, trying
/// another replica when one is gone, 404 for the rest) is the deployed file's. Skipped, saying why, where Caddy is
/// not installed; in CI (CI=true) that is a failure, as .ci/run installs it.
/// </summary>
internal sealed partial class CaddyProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly string _folder;

    private CaddyProxy(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output) return string.Join('\n', _output.TakeLast(30));
        }
    }

    public static string RequireCaddy()
    {
        var caddy = new[] { "/usr/bin/caddy", "/usr/local/bin/caddy" }.FirstOrDefault(File.Exists);
        if (caddy is null && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("caddy is not installed: in CI the proxy tests must run (.ci/run installs Debian's caddy).");
        }

        Skip.If(caddy is null, "Proxy tests skipped: Caddy is not installed (Debian: apt-get install caddy; .ci/run installs it).");
        return caddy!;
    }

    /// <summary>deploy/Caddyfile, served on <paramref name="port"/> over HTTP, in front of <paramref name="replicas"/>.</summary>
    public static string Configuration(int port, IEnumerable<Uri> replicas)
    {
        var deployed = File.ReadAllText(Path.Combine(BotProcess.RepositoryFolder(), "deploy", "Caddyfile"));
        var upstreams = "to " + string.Join(' ', replicas.Select(r => $"{r.Host}:{r.Port}"));
        var local = DynamicUpstreams().Replace(deployed, upstreams);
        local = local.Replace("{$KRBOT_DOMAIN} {", $"http://127.0.0.1:{port} {{", StringComparison.Ordinal);
        if (local == deployed || !local.Contains(upstreams, StringComparison.Ordinal) || !local.Contains($":{port} {{", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("deploy/Caddyfile changed shape: update CaddyProxy.Configuration to match it");
        }

        // No admin endpoint: tests run side by side, and its fixed port would be shared.
        return "{\n\tadmin off\n}\n\n" + local;
    }

    public static async Task<CaddyProxy> StartAsync(FakeBotApiServer api, IEnumerable<Uri> replicas, TimeSpan timeout)
    {
        var caddy = RequireCaddy();
        var port = LoopbackPort.Free();
        var folder = BotProcess.NewFolder();
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "Caddyfile");
        await File.WriteAllTextAsync(file, Configuration(port, replicas));
        var start = new ProcessStartInfo(caddy, ["run", "--config", file, "--adapter", "caddyfile"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.Environment["HOME"] = folder; // Caddy keeps its data (certificates: none here) under the home folder
        start.Environment["XDG_DATA_HOME"] = folder;
        start.Environment["XDG_CONFIG_HOME"] = folder;
        var process = Process.Start(start)!;
        var proxy = new CaddyProxy(process, folder, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => proxy.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => proxy.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await api.WaitUntilAsync(
            () => process.HasExited ? throw new InvalidOperationException($"Caddy stopped at start: {proxy.Output}") : Answers(http, proxy.Address),
            timeout,
            $"Caddy to listen on {proxy.Address}: {proxy.Output}");
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* best effort */ }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
    }

    private static bool Answers(HttpClient http, Uri address)
    {
        try
        {
            return http.GetAsync(address).GetAwaiter().GetResult().StatusCode == HttpStatusCode.NotFound; // the catch-all
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"dynamic a krbot 8080 \{[^}]*\}")]
    private static partial Regex DynamicUpstreams();
}
