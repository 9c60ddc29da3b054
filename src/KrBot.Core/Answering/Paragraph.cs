namespace KrBot.Core.Answering;

public sealed record Paragraph(IReadOnlyList<Span> Spans, ParagraphStyle Style = ParagraphStyle.Normal)
{
    public string PlainText => string.Concat(Spans.Select(s => s.Text));

    /// <summary>What goes before the text in every rendering: a bullet for items, a warning sign for cautions.</summary>
    public string Prefix => Style switch
    {
        ParagraphStyle.Item => "• ",
        ParagraphStyle.Caution => "⚠️ ",
        _ => "",
    };
}

public enum ParagraphStyle
{
    Normal,
    /// <summary>A title line, such as the entity name on an overview.</summary>
    Heading,
    /// <summary>A bullet in a list of facts.</summary>
    Item,
    /// <summary>A warning the reader must not miss: different dates, different measures, a forecast.</summary>
    Caution,
}
