using System.Collections.Concurrent;
using KrBot.Core.Charts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KrBot.Charts;

/// <summary>
/// Chart pictures, drawn once per (facts, language, size) and kept: the same chart asked again, or sent again after a
/// retry, costs nothing. Drawing runs on the thread pool, one at a time (two cores, and each picture is ~20 ms of
/// CPU), never on the thread that asked; <see cref="Prepare"/> starts it as soon as a chart is queued. The renderer
/// and the font are created at the first picture: a bot that is never asked for one does not load ScottPlot and
/// Skia (a few MB of resident memory).
/// </summary>
internal sealed class ChartImages(ChartBuilder builder, Lazy<ChartRenderer> renderers, Lazy<ChartFonts> allFonts, IOptions<ChartOptions> options, ILogger<ChartImages> logger)
{
    private ChartRenderer Renderer => renderers.Value;

    private ChartFonts Fonts => allFonts.Value;

    // A few hundred pictures of 30-60 KB: every comparison the bundled fact base allows, in both languages, fits.
    private const int Capacity = 256;

    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]?>>> _pictures = new();
    private readonly ConcurrentQueue<string> _age = new();
    private readonly SemaphoreSlim _drawing = new(1, 1);

    /// <summary>Starts drawing in the background, so the picture is ready when the sender wants it.</summary>
    public void Prepare(ChartSpec spec) => _ = Picture(spec);

    /// <summary>The PNG; null when the spec's facts are no longer in the fact base or drawing failed (logged).</summary>
    public Task<byte[]?> GetAsync(ChartSpec spec, CancellationToken cancellationToken) => Picture(spec).WaitAsync(cancellationToken);

    private Task<byte[]?> Picture(ChartSpec spec)
    {
        var drawable = spec with { Language = Fonts.Effective(spec.Language) };
        var (width, height) = (options.Value.Width, options.Value.Height);
        var key = $"{drawable.Key}|{width}x{height}";
        var added = false;
        var picture = _pictures.GetOrAdd(key, _ =>
        {
            added = true;
            return new Lazy<Task<byte[]?>>(() => Task.Run(() => DrawAsync(key, drawable, width, height)));
        });
        if (added)
        {
            _age.Enqueue(key);
            while (_age.Count > Capacity && _age.TryDequeue(out var oldest)) _pictures.TryRemove(oldest, out _);
        }

        return picture.Value;
    }

    private async Task<byte[]?> DrawAsync(string key, ChartSpec spec, int width, int height)
    {
        await _drawing.WaitAsync();
        try
        {
            if (builder.Build(spec) is not { } chart)
            {
                ChartLog.ChartGone(logger, string.Join(',', spec.FactIds));
                return null;
            }

            return Renderer.Render(chart, width, height);
        }
        catch (Exception e)
        {
            // Not kept: the next request tries again.
            _pictures.TryRemove(key, out _);
            ChartLog.RenderFailed(logger, string.Join(',', spec.FactIds), e);
            return null;
        }
        finally
        {
            _drawing.Release();
        }
    }
}
