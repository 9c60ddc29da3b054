using KrBot.Core.Knowledge;

namespace KrBot.Core.Languages;

/// <summary>
/// Chinese, written in simplified characters and, for <c>traditional</c>, converted to the traditional script
/// character by character (<see cref="TraditionalScript"/>) where the fact base gives no traditional form itself.
/// Names, statements and notes come from the fact base's curated Chinese fields; a field without its Chinese is
/// shown as written in English.
/// </summary>
internal sealed partial class ChineseLanguage(bool traditional) : Language
{
    private static readonly string[] SmallCounts = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    public override string Code => traditional ? "zh-Hant" : "zh-Hans";

    public override bool IsChinese => true;

    public override bool ConvertsScript => traditional;

    public override string Script(string text) => traditional ? TraditionalScript.Convert(text) : text;

    public override string Name(Entity entity) => (traditional ? entity.NameZhHant : null) ?? entity.NameZh ?? entity.Name;

    public override string MetricName(Metric metric) => metric.NameZh ?? metric.Name;

    public override string Measure(Metric metric) => metric.Kind switch
    {
        MetricKind.Count or MetricKind.Share => metric.UnitZh ?? MetricName(metric),
        _ => $"（{MetricName(metric)}）",
    };

    public override string MetricWord(Metric metric) => metric.Aliases.FirstOrDefault(a => a.Any(Understanding.TextNormalizer.IsHan)) ?? MetricName(metric);

    public override string Figure(Quantity quantity) => ChineseNumbers.Figure(quantity);

    public override string? Words(Fact fact) => fact.WordsZh ?? fact.Words;

    public override string Date(AsOf asOf) => ChineseNumbers.Date(asOf);

    public override string Date(DateOnly date) => ChineseNumbers.Date(date);

    public override string? Statement(Fact fact) => fact.StatementZh ?? fact.Statement;

    public override string? Note(Fact fact) => fact.NoteZh ?? fact.Note;

    public override string? SaidBy(Fact fact) => fact.SaidByZh ?? fact.SaidBy;

    // Titles stay as published; the rest is ours to write. Renderers show this line outside the answer's spans, so
    // it is put into the script here.
    public override string SourceLine(Source source)
    {
        var parts = new List<string> { source.Publisher, $"《{source.Title}》" };
        if (source.Author is not null) parts.Add($"作者：{source.Author}");
        if (source.Published is { } date) parts.Add(Date(date));
        return Script(string.Join("，", parts));
    }

    public override string Subject(string name) => name + "：";

    public override string FigureTail(string measure, string when) => $"{measure}，{when}";

    public override string DatedLead(string date) => date + "：";

    public override string AccordingTo(string who) => $"（据{who}）";

    public override string TrimStop(string sentence) => sentence.TrimEnd('。', '.');

    public override bool EndsWithStop(string text) => text.TrimEnd() is var t && (t.EndsWith('。') || t.EndsWith('.'));

    public override string SentenceEnd(bool endsWithStop) => endsWithStop ? "" : "。";

    public override string Undated => "来源未给出日期";

    public override string ExpectedFor(string date) => $"预计为{date}（预测，并非实测）";

    public override string AsOfDate(string date) => $"截至{date}";

    public override string InPeriod(string date) => $"时间为{date}";

    public override string InferredYearNote => "* 来源给出的这个日期没有年份；年份是根据文章的上下文推断的。";

    public override string Count(int n) => n >= 0 && n < SmallCounts.Length ? SmallCounts[n] : "多";

    public override string List(IEnumerable<string> items) => Join(items, "、", "和");

    public override string Or(IEnumerable<string> items) => Join(items, "、", "还是");
}
