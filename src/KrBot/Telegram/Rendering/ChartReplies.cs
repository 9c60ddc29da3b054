using KrBot.Charts;
using KrBot.Core.Answering;
using KrBot.Core.Charts;
using KrBot.Telegram.Routing;
using KrBot.Telegram.Sending;
using Telegram.Bot.Types.ReplyMarkups;

namespace KrBot.Telegram.Rendering;

/// <summary>
/// Where charts enter a reply. A chart request that can be drawn becomes one photo message (the picture is drawn when
/// it is sent, and starts drawing now, on the thread pool); one that cannot gets the text comparison and says why.
/// Any other comparison that can be drawn gets a "📊 Chart" button that asks for its chart.
/// </summary>
internal sealed class ChartReplies(ChartBuilder builder, ChartImages images)
{
    public IReadOnlyList<OutgoingMessage> Render(string question, Answer answer, long chatId, int? replyToMessageId)
    {
        var language = ChartLanguages.Of(answer);
        var spec = builder.Plan(answer.Query, language);
        if (ChartQuestions.AsComparison(question) is not null)
        {
            if (spec is not null)
            {
                images.Prepare(spec);
                var (html, plain) = ChartCaption.For(answer);
                return [new OutgoingMessage(chatId, html, plain, TelegramRenderer.Keyboard(answer.Suggestions), replyToMessageId) { Chart = spec }];
            }

            answer = answer with { Paragraphs = [.. answer.Paragraphs, new Paragraph([new TextSpan(ChartWording.For(language).NothingToDraw)])] };
        }

        var messages = TelegramRenderer.Render(answer, chatId, replyToMessageId);
        return spec is null ? messages : [.. messages.SkipLast(1), WithChartButton(messages[^1], answer, language)];
    }

    /// <summary>
    /// The button asks "/chart" with the same entities (and measure, when one was named); in Chinese it names them in
    /// Chinese, so the chart it brings is labelled in the language of the question. No button if that does not fit
    /// Telegram's 64 bytes of callback data.
    /// </summary>
    private OutgoingMessage WithChartButton(OutgoingMessage message, Answer answer, ChartLanguage language)
    {
        var words = ChartWording.For(language);
        var facts = builder.Facts;
        var names = Comparison.EntitiesOf(answer.Query).Select(id => language == ChartLanguage.Chinese ? words.Entity(facts.Entity(id)) : id).ToList();
        var measure = answer.Query.MetricId is { } metric ? facts.Metric(metric).Aliases.FirstOrDefault() : null;
        var question = ChartQuestions.For(names, measure);
        if (!CallbackData.Fits(question)) return message;

        var rows = message.Keyboard?.InlineKeyboard.ToList() ?? [];
        rows.Add([InlineKeyboardButton.WithCallbackData(words.ChartButton, CallbackData.ForQuestion(question))]);
        return message with { Keyboard = new InlineKeyboardMarkup(rows) };
    }
}
