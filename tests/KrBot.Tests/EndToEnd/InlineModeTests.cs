using System.Text.Json.Nodes;
using KrBot.FakeBotApi;

namespace KrBot.Tests.EndToEnd;

/// <summary>"@bot query" in any chat: cards with the figure, its date and source, posting the cited HTML answer.</summary>
public sealed class InlineModeTests : RunningBotTests
{
    [Fact]
    public async Task English_CardsCarryTheFigureDateSourceAndTheCitedAnswer()
    {
        var answer = await AskAsync("dingtalk");

        Assert.Equal((InlineQueriesCache, false), (answer.CacheTime, answer.IsPersonal));
        Assert.InRange(answer.Results.Count, 2, 50);
        Assert.StartsWith("DingTalk: what I have", Title(answer.Results[0]!.AsObject()));
        var users = answer.Results.Select(r => r!.AsObject()).Single(r => Title(r) == "DingTalk: 300 million users");
        Assert.Equal("31 March 2020* · KrASIA", users["description"]!.GetValue<string>());
        var message = users["input_message_content"]!;
        Assert.Equal("HTML", message["parse_mode"]!.GetValue<string>(), ignoreCase: true);
        Assert.Contains("<b>300 million</b>", message["message_text"]!.GetValue<string>());
        Assert.Contains("[1] KrASIA", message["message_text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Chinese_IsAnsweredWithTheSameCitedFigure()
    {
        var answer = await AskAsync("钉钉用户", languageCode: "zh-hans");

        Assert.Contains(answer.Results, r => Title(r!.AsObject()) == "DingTalk: 300 million users");
    }

    [Fact]
    public async Task EmptyQuery_ShowsTheHeadlineFigures()
    {
        var answer = await AskAsync("");

        Assert.InRange(answer.Results.Count, 3, 50);
        Assert.Contains(answer.Results, r => Title(r!.AsObject()).StartsWith("DingTalk: 300 million", StringComparison.Ordinal));
        Assert.All(answer.Results, r => Assert.Contains("KrASIA", r!["input_message_content"]!["message_text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task QueryTheFactBaseCannotAnswer_GetsOneCardThatSaysSo()
    {
        var answer = await AskAsync("zoom users");

        var card = Assert.Single(answer.Results)!;
        Assert.Equal("No cited figure: this says what I do not know", card["description"]!.GetValue<string>());
        Assert.DoesNotContain("million", card["input_message_content"]!["message_text"]!.GetValue<string>());
    }

    [Fact]
    public async Task QueryLongerThanTelegramAllows_GetsNoResults()
    {
        var query = "dingtalk " + new string('x', 248);
        Assert.Equal(257, query.Length);

        var answer = await AskAsync(query);

        Assert.Empty(answer.Results);
    }

    [Fact]
    public async Task InlineQueries_ShareTheFloodControlWithMessages()
    {
        var ids = Enumerable.Range(0, 12).Select(i => Api.EnqueueInlineQuery(701, "dingtalk" + new string(' ', i))).ToList();
        await Api.WaitForInlineAnswerAsync(ids[0], Wait);
        await Api.WaitUntilConfirmedAsync(12, Wait);
        await Task.Delay(500);

        // Telegram:FloodMaxMessages is 8 per 10 s: the rest are dropped before they cost anything.
        Assert.Equal(8, Api.InlineAnswers.Count);
    }

    private const int InlineQueriesCache = 300;

    private async Task<InlineAnswer> AskAsync(string query, string languageCode = "en")
    {
        var id = Api.EnqueueInlineQuery(701, query, languageCode);
        return await Api.WaitForInlineAnswerAsync(id, Wait);
    }

    private static string Title(JsonObject result) => result["title"]!.GetValue<string>();
}
