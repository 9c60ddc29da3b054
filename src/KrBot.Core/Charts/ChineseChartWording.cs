using KrBot.Core.Answering;
using KrBot.Core.Knowledge;
using KrBot.Core.Languages;

namespace KrBot.Core.Charts;

internal sealed class ChineseChartWording : ChartWording
{
    public static readonly ChineseChartWording Instance = new();

    // Names, figures and dates read as in the Chinese answers: one place for how Chinese writes them.
    private static readonly Language Words = Language.SimplifiedChinese;

    public override string Entity(Entity entity) => Words.Name(entity);

    public override string Measure(Metric metric) => Words.MetricName(metric);

    public override string Figure(Fact fact) => Words.Figure(fact);

    public override string Date(Fact fact) =>
        (fact.AsOf.IsDated ? FactPhrases.DateOf(Words, fact) : "来源未注明日期") + (fact.Forecast && fact.AsOf.IsDated ? "（预测）" : "");

    public override string Title(IReadOnlyList<string> entities, string measure) =>
        (entities.Count <= 2 ? string.Join("与", entities) : string.Join("、", entities.Take(entities.Count - 1)) + "与" + entities[^1]) + "：" + measure;

    public override string Caution(Comparison comparison)
    {
        var reasons = new List<string>();
        if (comparison.CountsDifferentThings) reasons.Add("衡量的对象不同");
        if (comparison.HasUndated) reasons.Add("有数字未注明日期");
        else if (comparison.DifferentDates) reasons.Add("日期不同");
        if (comparison.HasForecast) reasons.Add("有数字是预测值");
        return "不可直接比较：" + string.Join("；", reasons);
    }

    public override string MarkLegend => "斜线：不可直接比较";

    public override string InferredYearNote => FactPhrases.InferredYearMark + " 来源未给出年份，年份取自文章上下文";

    public override string NotDrawn(string entity, string words, string measure) => $"{entity}：{words}（{measure}，来源仅以文字给出，未画成柱）";

    public override string SourceLine(IReadOnlyList<Source> sources) =>
        "来源：" + string.Join("；", sources.Select(s => s.Author is null ? s.Publisher : $"{s.Publisher}（{s.Author}）"));

    public override string ChartButton => "📊 图表";

    public override string NothingToDraw => "图表需要至少两个以数字给出的数据，所以这里只有文字。";

    // Ticks are finite and far below decimal's range; the check keeps a stray NaN from throwing in the cast.
    public override string Axis(double value, string? currency) =>
        double.IsFinite(value) ? ChineseNumbers.Amount((decimal)value, currency, decimals: 2) : "";
}
