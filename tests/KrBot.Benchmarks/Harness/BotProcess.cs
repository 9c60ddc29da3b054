using System.Diagnostics;

namespace KrBot.Benchmarks.Harness;

/// <summary>
/// A bot under measurement, in its own process: its output is drained (a full pipe would stall it) and its last
/// lines kept to explain an early exit; disposing kills it with its children.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private const int KeptLines = 20;

    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private readonly Task _exited;

    private BotProcess(Process process, Action<string>? onLine)
    {
        _process = process;
        DataReceivedEventHandler read = (_, e) =>
        {
            if (e.Data is not { } line) return;
            onLine?.Invoke(line);
            lock (_lastLines)
            {
                _lastLines.Enqueue(line);
                if (_lastLines.Count > KeptLines) _lastLines.Dequeue();
            }
        };
        process.OutputDataReceived += read;
        process.ErrorDataReceived += read;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _exited = process.WaitForExitAsync();
    }

    /// <param name="onLine">Sees every line the bot writes, standard output and error alike.</param>
    public static BotProcess Start(ProcessStartInfo start, Action<string>? onLine = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        return new BotProcess(Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}"), onLine);
    }

    /// <summary>Awaits <paramref name="task"/>, but fails at once, with the bot's last words, if the bot exits first.</summary>
    public async Task<T> WhileRunningAsync<T>(Task<T> task)
    {
        if (await Task.WhenAny(task, _exited) == task) return await task;
        string lastWords;
        lock (_lastLines) lastWords = string.Join(Environment.NewLine, _lastLines);
        throw new InvalidOperationException($"{_process.StartInfo.FileName} {string.Join(' ', _process.StartInfo.ArgumentList)} exited with code {_process.ExitCode}:{Environment.NewLine}{lastWords}");
    }

    /// <summary>Linux's high-water mark of the process's resident memory (VmHWM in /proc/PID/status), in MB.</summary>
    public double PeakResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _exited;
        _process.Dispose();
    }
}
