using System.ComponentModel.DataAnnotations;

namespace KrBot.Charts;

/// <summary>The "Charts" section: the font for Chinese labels and the picture's size.</summary>
internal sealed class ChartOptions
{
    public const string Section = "Charts";

    /// <summary>
    /// A font file with Chinese characters (OpenType, TrueType or a collection). The default is where Debian's
    /// fonts-noto-cjk puts Noto Sans CJK; when it is missing, charts label in English and the log says why.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string FontPath { get; set; } = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    /// <summary>Telegram shows photos up to 1280 pixels on a side; this is sharp on phones and small to send.</summary>
    [Range(320, 2560)]
    public int Width { get; set; } = 960;

    [Range(240, 2560)]
    public int Height { get; set; } = 600;
}
