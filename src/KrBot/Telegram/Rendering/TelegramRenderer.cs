using System.Text;
using KrBot.Core.Answering;
using KrBot.Telegram.Routing;
using KrBot.Telegram.Sending;
using Telegram.Bot.Types.ReplyMarkups;

namespace KrBot.Telegram.Rendering;

/// <summary>
/// An answer as Telegram HTML: figures bold, computed numbers italic, a compact source line, follow-ups as inline
/// buttons. Every piece of text is escaped (a stray &lt; or &amp; makes Telegram reject the message), and long
/// answers are split on paragraph boundaries below Telegram's 4096-character limit.
/// </summary>
internal static class TelegramRenderer
{
    public const int MaxMessageLength = 4096;

    public static IReadOnlyList<OutgoingMessage> Render(Answer answer, long chatId, int? replyToMessageId)
    {
        var blocks = Blocks(answer).Select(b => (b.Html, b.Plain)).ToList();
        var messages = new List<OutgoingMessage>();
        var html = new StringBuilder();
        var plain = new StringBuilder();
        foreach (var (blockHtml, blockPlain) in blocks.SelectMany(SplitOversized))
        {
            if (html.Length > 0 && html.Length + 1 + blockHtml.Length > MaxMessageLength)
            {
                messages.Add(new OutgoingMessage(chatId, html.ToString(), plain.ToString(), null, replyToMessageId));
                html.Clear();
                plain.Clear();
            }

            if (html.Length > 0)
            {
                html.Append('\n');
                plain.Append('\n');
            }

            html.Append(blockHtml);
            plain.Append(blockPlain);
        }

        if (html.Length == 0) html.Append(Escape("…"));
        messages.Add(new OutgoingMessage(chatId, html.ToString(), plain.ToString(), Keyboard(answer.Suggestions), replyToMessageId));
        return messages;
    }

    /// <summary>The answer's paragraphs, then its sources, each as HTML and as the plain text Telegram shows.</summary>
    public static IEnumerable<(string Html, string Plain, Paragraph? Paragraph)> Blocks(Answer answer)
    {
        foreach (var paragraph in answer.Paragraphs) yield return (Html(paragraph), Plain(paragraph), paragraph);
        if (answer.Citations.Count == 0) yield break;
        var sources = answer.Citations.Select(answer.SourceLine).ToList();
        yield return ("<i>" + Escape(string.Join("\n", sources)) + "</i>", string.Join("\n", sources), null);
    }

    /// <summary>One inline button per follow-up whose question fits Telegram's 64-byte callback data.</summary>
    public static InlineKeyboardMarkup? Keyboard(IReadOnlyList<Suggestion> suggestions)
    {
        var buttons = suggestions
            .Where(s => CallbackData.Fits(s.Question))
            .Select(s => new[] { InlineKeyboardButton.WithCallbackData(s.Label, CallbackData.ForQuestion(s.Question)) })
            .ToList();
        return buttons.Count == 0 ? null : new InlineKeyboardMarkup(buttons);
    }

    /// <summary>Telegram's HTML needs exactly these three escaped; everything else (Chinese, quotes) stays as typed.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Html(Paragraph paragraph)
    {
        var sb = new StringBuilder(paragraph.Prefix);
        foreach (var span in paragraph.Spans)
        {
            var text = Escape(span.Text);
            sb.Append(span switch
            {
                FigureSpan => $"<b>{text}</b>",
                ComputedSpan => $"<i>{text}</i>",
                CommandSpan c when !c.Text.StartsWith('/') => $"<code>{text}</code>",
                _ => text,
            });
        }

        return paragraph.Style == ParagraphStyle.Heading ? $"<b>{sb}</b>" : sb.ToString();
    }

    private static string Plain(Paragraph paragraph) => paragraph.Prefix + paragraph.PlainText;

    /// <summary>A single paragraph longer than a message is cut at spaces, as plain escaped text.</summary>
    private static IEnumerable<(string Html, string Plain)> SplitOversized((string Html, string Plain) block)
    {
        if (block.Html.Length <= MaxMessageLength)
        {
            yield return block;
            yield break;
        }

        var rest = block.Plain;
        // Escaping can grow text up to 5x (& becomes &amp;): a fifth of the limit always fits.
        const int chunk = MaxMessageLength / 5;
        while (rest.Length > 0)
        {
            var cut = rest.Length <= chunk ? rest.Length : rest.LastIndexOf(' ', chunk) is var space && space > 0 ? space : chunk;
            var piece = rest[..cut];
            yield return (Escape(piece), piece);
            rest = rest[cut..].TrimStart();
        }
    }
}
