using Microsoft.Extensions.Logging;

namespace KrBot.Charts;

internal static partial class ChartLog
{
    [LoggerMessage(400, LogLevel.Warning, "No font with Chinese characters at {FontPath} (Charts:FontPath): charts are labelled in English. Install it (Debian: apt-get install fonts-noto-cjk) or point Charts:FontPath at one")]
    public static partial void NoChineseFont(ILogger logger, string fontPath);

    [LoggerMessage(401, LogLevel.Warning, "The font at {FontPath} (Charts:FontPath) has no Chinese characters: charts are labelled in English")]
    public static partial void FontWithoutHan(ILogger logger, string fontPath);

    [LoggerMessage(402, LogLevel.Information, "Charts use the font {Family} from {FontPath}")]
    public static partial void FontLoaded(ILogger logger, string family, string fontPath);

    [LoggerMessage(403, LogLevel.Warning, "The chart of facts {Facts} cannot be drawn (the fact base changed since it was asked for); its caption goes as text")]
    public static partial void ChartGone(ILogger logger, string facts);

    [LoggerMessage(404, LogLevel.Error, "Drawing the chart of facts {Facts} failed; its caption goes as text")]
    public static partial void RenderFailed(ILogger logger, string facts, Exception exception);
}
