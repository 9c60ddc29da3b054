using KrBot.Core.Charts;
using Microsoft.Extensions.Logging;

namespace KrBot.Tests.Charts;

public sealed class ChartImagesTests
{
    [Fact]
    public async Task GetAsync_Comparison_IsAPngOfTheConfiguredSize()
    {
        var png = await new ChartPictures().Images.GetAsync(ChartPictures.DingTalkVsWeChatWork(ChartLanguage.English), CancellationToken.None);

        Assert.NotNull(png);
        Assert.True(ChartPictures.IsPng(png));
        Assert.Equal((960, 600), ChartPictures.SizeOf(png));
        Assert.InRange(png.Length, 10_000, 500_000);
    }

    [Fact]
    public async Task GetAsync_SameChartTwice_IsDrawnOnce()
    {
        var pictures = new ChartPictures();
        var spec = ChartPictures.DingTalkVsWeChatWork(ChartLanguage.English);

        var first = await pictures.Images.GetAsync(spec, CancellationToken.None);
        var second = await pictures.Images.GetAsync(spec with { FactIds = [.. spec.FactIds] }, CancellationToken.None);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task GetAsync_Chinese_WithNotoCjkInstalled_DrawsChineseLabels()
    {
        Assert.True(File.Exists(ChartPictures.NotoCjk), $"{ChartPictures.NotoCjk} is missing: apt-get install fonts-noto-cjk (.ci/run does)");
        var pictures = new ChartPictures();

        var chinese = await pictures.Images.GetAsync(ChartPictures.DingTalkVsWeChatWork(ChartLanguage.Chinese), CancellationToken.None);
        var english = await pictures.Images.GetAsync(ChartPictures.DingTalkVsWeChatWork(ChartLanguage.English), CancellationToken.None);

        Assert.Equal(ChartLanguage.Chinese, pictures.Fonts.Effective(ChartLanguage.Chinese));
        Assert.True(ChartPictures.IsPng(chinese!));
        Assert.NotEqual(english, chinese);
        Assert.DoesNotContain(pictures.FontLog.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task GetAsync_FontMissing_ChineseChartFallsBackToEnglishWithAWarning()
    {
        var pictures = new ChartPictures(Path.Combine(Path.GetTempPath(), "no-such-font.ttc"));

        var png = await pictures.Images.GetAsync(ChartPictures.DingTalkVsWeChatWork(ChartLanguage.Chinese), CancellationToken.None);

        Assert.True(ChartPictures.IsPng(png!));
        Assert.Equal(ChartLanguage.English, pictures.Fonts.Effective(ChartLanguage.Chinese));
        var warning = Assert.Single(pictures.FontLog.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("Charts:FontPath", warning.Message);
    }

    [Fact]
    public async Task GetAsync_FactsGone_IsNull() =>
        Assert.Null(await new ChartPictures().Images.GetAsync(new ChartSpec("users", ["gone", "also-gone"], ChartLanguage.English), CancellationToken.None));
}
