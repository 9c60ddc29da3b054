using KrBot.Core.Answering;

namespace KrBot.Core.Charts;

/// <summary>The language of a chart's labels.</summary>
public enum ChartLanguage
{
    English,
    Chinese,
}

public static class ChartLanguages
{
    /// <summary>A chart is labelled in the language its answer is in (the question's, or the chat's <c>/lang</c>).</summary>
    public static ChartLanguage Of(Answer answer) => answer.Language.IsChinese ? ChartLanguage.Chinese : ChartLanguage.English;

    public static string Code(this ChartLanguage language) => language == ChartLanguage.Chinese ? "zh" : "en";
}
