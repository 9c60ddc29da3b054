using BenchmarkDotNet.Attributes;
using KrBot.Charts;
using KrBot.Core.Charts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KrBot.Benchmarks;

/// <summary>
/// Drawing one chart from scratch (the cache is bypassed): building it from its facts and rendering the PNG with
/// ScottPlot at the default 960×600, labelled in English and in Chinese (Noto Sans CJK).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ChartBenchmarks
{
    private ChartBuilder _builder = null!;
    private ChartRenderer _renderer = null!;
    private ChartSpec _english = null!;
    private ChartSpec _chinese = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new ChartOptions();
        _builder = new ChartBuilder(BenchmarkInputs.LoadFacts());
        var fonts = new ChartFonts(Options.Create(options), NullLogger<ChartFonts>.Instance);
        if (fonts.Effective(ChartLanguage.Chinese) != ChartLanguage.Chinese) throw new InvalidOperationException($"no CJK font at {options.FontPath}: apt-get install fonts-noto-cjk");
        _renderer = new ChartRenderer(fonts);
        _english = ChartMemoryHarness.DingTalkVsWeChatWork(ChartLanguage.English);
        _chinese = ChartMemoryHarness.DingTalkVsWeChatWork(ChartLanguage.Chinese);
    }

    [Benchmark(Baseline = true)]
    public int English() => _renderer.Render(_builder.Build(_english)!, 960, 600).Length;

    [Benchmark]
    public int Chinese() => _renderer.Render(_builder.Build(_chinese)!, 960, 600).Length;
}
