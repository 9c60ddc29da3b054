namespace KrBot.Core.Charts;

/// <summary>The language of a chart's labels.</summary>
public enum ChartLanguage
{
    English,
    Chinese,
}

public static class ChartLanguages
{
    /// <summary>
    /// Until chats carry a language of their own, a question written with Chinese characters gets a Chinese chart;
    /// one place to switch when they do.
    /// </summary>
    public static ChartLanguage Of(string question) => question.Any(IsHan) ? ChartLanguage.Chinese : ChartLanguage.English;

    public static string Code(this ChartLanguage language) => language == ChartLanguage.Chinese ? "zh" : "en";

    public static ChartLanguage? FromCode(string? code) => code switch
    {
        "zh" => ChartLanguage.Chinese,
        "en" => ChartLanguage.English,
        _ => null,
    };

    /// <summary>CJK unified ideographs (and extension A): the characters Chinese names are written in.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
