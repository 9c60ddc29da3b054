using System.Text.Json;
using KrBot.Terminal;
using KrBot.Tests.Charts;

namespace KrBot.Tests.Terminal;

/// <summary><c>chart "question" --out file.png</c> and the chart flag of <c>ask --json</c>, run in process.</summary>
public sealed class ChartCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "krbot-tests", Guid.NewGuid().ToString("N"));

    public ChartCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Chart_Comparison_WritesAPngAndPrintsItsPath()
    {
        var file = Path.Combine(_folder, "chart.png");

        var (code, output, error) = await Run(["chart", "dingtalk vs wechat work", "--out", file]);

        Assert.Equal((0, ""), (code, error));
        Assert.Equal(file, output.Trim());
        Assert.True(ChartPictures.IsPng(await File.ReadAllBytesAsync(file)));
    }

    [Fact]
    public async Task Chart_NotAComparisonOfNumbers_SaysSoAndWritesNothing()
    {
        var file = Path.Combine(_folder, "chart.png");

        var (code, _, error) = await Run(["chart", "--out=" + file, "dingtalk lark"]);

        Assert.Equal(1, code);
        Assert.StartsWith("Nothing to chart: “dingtalk lark”", error);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("chart needs --out", "chart", "dingtalk vs lark")]
    [InlineData("chart needs a question", "chart", "--out", "x.png")]
    [InlineData("Unknown option “--svg” for chart", "chart", "--svg", "dingtalk vs lark")]
    public async Task Chart_WrongCommandLine_IsAUsageError(string message, params string[] args)
    {
        var (code, _, error) = await Run(args);

        Assert.Equal(2, code);
        Assert.StartsWith(message, error);
    }

    [Theory]
    [InlineData("Compare DingTalk and WeChat Work", true)]
    [InlineData("chart dingtalk vs wechat", true)]
    [InlineData("/compare dingtalk lark", false)]
    [InlineData("How many users does DingTalk have?", false)]
    public async Task AskJson_SaysWhetherTheAnswerCarriesAChart(string question, bool chart)
    {
        var (_, output, _) = await Run(["ask", "--json", question]);

        using var json = JsonDocument.Parse(output);
        Assert.Equal(chart, json.RootElement.GetProperty("chart").GetBoolean());
    }

    [Fact]
    public async Task ChartSettings_AreCheckedLikeEveryOther()
    {
        var (code, _, error) = await Run(["--Charts:Width=abc", "chart", "dingtalk vs lark", "--out", Path.Combine(_folder, "x.png")]);

        Assert.Equal(2, code);
        Assert.Equal("Configuration error: Charts:Width must be a whole number from 320 to 2560, not “abc”.", error.Trim());
    }

    private static Task<(int Code, string Output, string Error)> Run(string[] args) => KrBotCliTests.Run(args);
}
