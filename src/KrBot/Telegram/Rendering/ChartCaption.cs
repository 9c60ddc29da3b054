using KrBot.Core.Answering;

namespace KrBot.Telegram.Rendering;

/// <summary>
/// The caption under a chart: the comparison's own words (figures with who said them, the computed ratio, every
/// warning) and its sources, within Telegram's 1,024 characters. When the whole comparison does not fit, the figure
/// lines go first (the bars show them), then whatever still does not fit; the sources and warnings are kept longest.
/// </summary>
internal static class ChartCaption
{
    /// <summary>Telegram's limit, counted on the text shown (after HTML is parsed).</summary>
    public const int MaxLength = 1024;

    public static (string Html, string Plain) For(Answer answer)
    {
        var blocks = TelegramRenderer.Blocks(answer).ToList();
        if (!Fits(blocks)) blocks.RemoveAll(b => b.Paragraph?.Style == ParagraphStyle.Item);

        // Keep the sources and cautions; drop other lines from the end until the rest fits.
        for (var i = blocks.Count - 1; i >= 0 && !Fits(blocks); i--)
        {
            if (blocks[i].Paragraph is { Style: not ParagraphStyle.Caution }) blocks.RemoveAt(i);
        }

        while (!Fits(blocks) && blocks.Count > 1) blocks.RemoveAt(blocks.Count - 2);
        if (!Fits(blocks)) return Cut(blocks[0].Plain);
        return (string.Join('\n', blocks.Select(b => b.Html)), string.Join('\n', blocks.Select(b => b.Plain)));
    }

    private static bool Fits(List<(string Html, string Plain, Paragraph? Paragraph)> blocks) =>
        blocks.Sum(b => b.Plain.Length) + Math.Max(0, blocks.Count - 1) <= MaxLength;

    /// <summary>The last resort for a single block too long on its own: its plain text, cut, escaped.</summary>
    private static (string Html, string Plain) Cut(string plain)
    {
        var cut = plain[..(MaxLength - 1)] + "…";
        return (TelegramRenderer.Escape(cut), cut);
    }
}
