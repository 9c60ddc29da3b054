using KrBot.Core.Answering;
using KrBot.Core.Understanding;
using KrBot.Telegram.Rendering;
using KrBot.Telegram.Routing;

namespace KrBot.Tests.Telegram.Rendering;

public sealed class TelegramRendererTests
{
    private static readonly Answerer Answerer = new(TestKnowledge.Facts);

    [Fact]
    public void Render_FigureAnswer_BoldsTheFigureAndAddsTheSourceLine()
    {
        var message = Assert.Single(TelegramRenderer.Render(Answerer.Ask("dingtalk users"), 5, null));

        Assert.StartsWith("DingTalk: <b>300 million</b> users, as of 31 March 2020", message.Html);
        Assert.Contains("<i>[1] KrASIA, “KEY STAT | 220 million people hosted online meetings on WeChat Work”, by Julianna Wu</i>", message.Html);
        Assert.DoesNotContain("<b>", message.PlainText);
    }

    [Fact]
    public void Render_TextWithMarkupCharacters_IsEscaped()
    {
        var answer = new AnswerBuilder(TestKnowledge.Facts).Add(new TextSpan("<b>Zoom</b> & co"), new FigureSpan("1 < 2", "f")).Build(Query.Of("x", Intent.Help));

        var html = Assert.Single(TelegramRenderer.Render(answer, 5, null)).Html;

        Assert.Equal("&lt;b&gt;Zoom&lt;/b&gt; &amp; co<b>1 &lt; 2</b>", html);
    }

    [Fact]
    public void Render_LongAnswer_SplitsOnParagraphsUnderTheLimit_KeyboardOnLast()
    {
        var builder = new AnswerBuilder(TestKnowledge.Facts);
        for (var i = 0; i < 120; i++) builder.Text(new string('x', 60) + " paragraph");
        builder.Suggest("DingTalk", "/dingtalk");

        var messages = TelegramRenderer.Render(builder.Build(Query.Of("long", Intent.Help)), 5, 9);

        Assert.True(messages.Count >= 2);
        Assert.All(messages, m => Assert.InRange(m.Html.Length, 1, TelegramRenderer.MaxMessageLength));
        Assert.All(messages, m => Assert.Equal(9, m.ReplyToMessageId));
        Assert.All(messages.Take(messages.Count - 1), m => Assert.Null(m.Keyboard));
        Assert.NotNull(messages[^1].Keyboard);
        Assert.Equal(120, messages.Sum(m => m.Html.Split('\n').Length));
    }

    [Fact]
    public void Render_OneHugeParagraph_IsCutIntoPieces()
    {
        var text = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"<&{i}>"));
        var builder = new AnswerBuilder(TestKnowledge.Facts).Text(text);

        var messages = TelegramRenderer.Render(builder.Build(Query.Of("x", Intent.Help)), 5, null);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.InRange(m.Html.Length, 1, TelegramRenderer.MaxMessageLength));
        // Every word arrives, in order; only the cuts become line breaks.
        Assert.Equal(text, string.Join(' ', messages.Select(m => m.PlainText)).Replace('\n', ' '));
    }

    [Fact]
    public void Keyboard_SuggestionTooLongForCallbackData_GetsNoButton()
    {
        var keyboard = TelegramRenderer.Keyboard([new Suggestion("ok", "/dingtalk"), new Suggestion("long", "/" + new string('a', 70))]);

        var button = Assert.Single(keyboard!.InlineKeyboard.SelectMany(row => row));
        Assert.Equal("/dingtalk", CallbackData.QuestionOf(button.CallbackData));
    }
}
