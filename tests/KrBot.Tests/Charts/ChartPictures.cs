using KrBot.Charts;
using KrBot.Core.Charts;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace KrBot.Tests.Charts;

/// <summary>The chart pipeline on the bundled fact base, with the font the machine has or one that is missing.</summary>
internal sealed class ChartPictures
{
    /// <summary>Where Debian's fonts-noto-cjk puts its Sans collection; .ci/run and the Dockerfile install it.</summary>
    public const string NotoCjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    public ChartPictures(string fontPath = NotoCjk)
    {
        var options = Options.Create(new ChartOptions { FontPath = fontPath });
        Fonts = new ChartFonts(options, FontLog);
        Builder = new ChartBuilder(TestKnowledge.Facts);
        Images = new ChartImages(Builder, new Lazy<ChartRenderer>(new ChartRenderer(Fonts)), new Lazy<ChartFonts>(Fonts), options, new FakeLogger<ChartImages>());
    }

    public FakeLogger<ChartFonts> FontLog { get; } = new();

    public ChartFonts Fonts { get; }

    public ChartBuilder Builder { get; }

    public ChartImages Images { get; }

    public static ChartSpec DingTalkVsWeChatWork(ChartLanguage language) =>
        new("users", ["dingtalk-users-2020-03-31", "wechatwork-user-accounts-2019"], language);

    /// <summary>A PNG starts with these eight bytes.</summary>
    public static bool IsPng(byte[] bytes) => bytes.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });

    /// <summary>Width and height from the IHDR chunk, big-endian at bytes 16 and 20.</summary>
    public static (int Width, int Height) SizeOf(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
}
