using KrBot.Core.Charts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScottPlot;
using SkiaSharp;

namespace KrBot.Charts;

/// <summary>
/// The font charts are drawn with, read once from Charts:FontPath. Without one that has Chinese characters, Chinese
/// labels would come out as boxes: such charts are labelled in English instead, and the log says so once.
/// </summary>
internal sealed class ChartFonts
{
    private static readonly Lock Registration = new();
    private readonly Lazy<string?> _fontName;
    private readonly Lazy<bool> _hasHan;

    public ChartFonts(IOptions<ChartOptions> options, ILogger<ChartFonts> logger)
    {
        var path = Path.GetFullPath(options.Value.FontPath);
        var typeface = new Lazy<SKTypeface?>(() => Load(path, logger));
        _fontName = new Lazy<string?>(() => typeface.Value is { } face ? Register(path, face) : null);
        _hasHan = new Lazy<bool>(() =>
        {
            var hasHan = typeface.Value?.ContainsGlyphs("中文钉钉") == true;
            if (typeface.Value is not null && !hasHan) ChartLog.FontWithoutHan(logger, path);
            return hasHan;
        });
    }

    /// <summary>The name under which ScottPlot finds the configured font; null to use its default (Latin only).</summary>
    public string? FontName => _fontName.Value;

    /// <summary>The language a chart asked for in <paramref name="requested"/> can be drawn in.</summary>
    public ChartLanguage Effective(ChartLanguage requested) =>
        requested == ChartLanguage.Chinese && !_hasHan.Value ? ChartLanguage.English : requested;

    /// <summary>
    /// In a font collection (Noto Sans CJK's .ttc holds JP, KR, SC, TC and HK faces) the Simplified Chinese face,
    /// whose shapes Chinese readers expect; else the first face. Skia maps the file rather than reading it into memory.
    /// </summary>
    private static SKTypeface? Load(string path, ILogger logger)
    {
        if (!File.Exists(path))
        {
            ChartLog.NoChineseFont(logger, path);
            return null;
        }

        SKTypeface? first = null;
        for (var index = 0; index < 16 && SKTypeface.FromFile(path, index) is { } face; index++)
        {
            if (first is null || face.FamilyName.EndsWith(" SC", StringComparison.Ordinal))
            {
                first?.Dispose();
                first = face;
            }
            else
            {
                face.Dispose();
            }

            if (first.FamilyName.EndsWith(" SC", StringComparison.Ordinal)) break;
        }

        if (first is null) ChartLog.NoChineseFont(logger, path);
        else ChartLog.FontLoaded(logger, first.FamilyName, path);
        return first;
    }

    /// <summary>ScottPlot looks fonts up by name through its resolvers, a process-wide list: one entry per file.</summary>
    private static string Register(string path, SKTypeface typeface)
    {
        var name = "KrBot chart font " + path;
        lock (Registration)
        {
            if (!Fonts.FontResolvers.OfType<FileTypefaceResolver>().Any(r => r.Name == name))
            {
                Fonts.FontResolvers.Insert(0, new FileTypefaceResolver(name, typeface));
            }
        }

        return name;
    }

    private sealed class FileTypefaceResolver(string name, SKTypeface typeface) : IFontResolver
    {
        public string Name => name;

        // Every weight gets the one face: a bold figure in a missing bold face would fall back to a font without Chinese.
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) => fontName == name ? typeface : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => fontName == name ? typeface : null;
    }
}
