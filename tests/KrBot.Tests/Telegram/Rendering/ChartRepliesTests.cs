using KrBot.Core.Answering;
using KrBot.Core.Charts;
using KrBot.Core.Knowledge;
using KrBot.Core.Languages;
using KrBot.Telegram.Rendering;
using KrBot.Telegram.Routing;
using KrBot.Tests.Charts;

namespace KrBot.Tests.Telegram.Rendering;

public sealed class ChartRepliesTests
{
    private readonly ChartPictures _pictures = new();
    private readonly Answerer _answerer = new(TestKnowledge.Facts);

    private ChartReplies Replies => new(_pictures.Builder, _pictures.Images);

    [Fact]
    public void Render_ChartRequest_IsOnePhotoMessageWithTheComparisonAsCaption()
    {
        var message = Assert.Single(Replies.Render("/chart dingtalk wechatwork", _answerer.Ask("/compare dingtalk wechatwork"), 5, null));

        Assert.Equal(["dingtalk-users-2020-03-31", "wechatwork-user-accounts-2019"], message.Chart!.FactIds);
        Assert.Contains("[1] KrASIA", message.PlainText);
        Assert.InRange(message.PlainText.Length, 1, ChartCaption.MaxLength);
    }

    /// <summary>The picture is labelled in the language of its answer: the chat's /lang, not the script of the question.</summary>
    [Theory]
    [InlineData("/chart dingtalk wechatwork", "zh", ChartLanguage.Chinese)]
    [InlineData("/chart 钉钉 企业微信", "en", ChartLanguage.English)]
    public void Render_ChartRequest_IsLabelledInTheAnswersLanguage(string question, string chatLanguage, ChartLanguage expected)
    {
        var language = chatLanguage == "zh" ? Language.SimplifiedChinese : Language.English;
        var answer = _answerer.Ask(KrBot.Charts.ChartQuestions.AsComparison(question)!, language);

        var message = Assert.Single(Replies.Render(question, answer, 5, null));

        Assert.Equal(expected, message.Chart!.Language);
    }

    /// <summary>Every pair of entities that can be drawn gets a button that brings back the same chart, in both languages.</summary>
    [Theory]
    [InlineData("Compare {0} and {1}", ChartLanguage.English)]
    [InlineData("{0} 对比 {1}", ChartLanguage.Chinese)]
    public void Render_ChartableComparison_HasAButtonThatDrawsTheSameChart(string template, ChartLanguage language)
    {
        var withFigures = TestKnowledge.Facts.Entities.Where(e => TestKnowledge.Facts.FactsAbout(e.Id).Any(f => f.Quantity is not null)).ToList();
        var checkedPairs = 0;
        foreach (var (a, b) in withFigures.SelectMany(a => withFigures.Where(b => b != a).Select(b => (a, b))))
        {
            var question = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Name(a, language), Name(b, language));
            var answer = _answerer.Ask(question);
            if (_pictures.Builder.Plan(answer.Query, language) is not { } expected) continue;

            var data = Replies.Render(question, answer, 5, null)[^1].Keyboard!.InlineKeyboard.SelectMany(r => r).Last().CallbackData!;
            var pressed = CallbackData.QuestionOf(data)!;
            var drawn = Assert.Single(Replies.Render(pressed, _answerer.Ask(KrBot.Charts.ChartQuestions.AsComparison(pressed)!), 5, null)).Chart;

            Assert.Equal(expected.Key, drawn!.Key);
            checkedPairs++;
        }

        Assert.True(checkedPairs >= 2);
    }

    [Fact]
    public void Caption_TooLongForTelegram_DropsFigureLinesFirstAndKeepsSourcesAndWarnings()
    {
        var answer = _answerer.Ask("/compare dingtalk wechatwork");
        var padded = answer with { Paragraphs = [.. answer.Paragraphs.Select(p => p.Style == ParagraphStyle.Item ? p with { Spans = [.. p.Spans, new TextSpan(new string('x', 600))] } : p)] };

        var (html, plain) = ChartCaption.For(padded);

        Assert.InRange(plain.Length, 1, ChartCaption.MaxLength);
        Assert.DoesNotContain("xxxx", plain);
        Assert.Contains("Careful: these count different things", plain);
        Assert.EndsWith("by Julianna Wu</i>", html);
    }

    private static string Name(Entity entity, ChartLanguage language) => ChartWording.For(language).Entity(entity);
}
