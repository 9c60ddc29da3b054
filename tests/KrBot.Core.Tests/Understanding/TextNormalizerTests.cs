using KrBot.Core.Understanding;

namespace KrBot.Core.Tests.Understanding;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("  How MANY users?? ", "how many users")]
    [InlineData("ＷｅＣｈａｔ", "wechat")]
    [InlineData("钉钉users", "钉钉 users")]
    [InlineData("WeChat’s users", "wechat users")]
    [InlineData("JD.com", "jd com")]
    [InlineData("企业微信？", "企业微信")]
    public void Normalize_FoldsCaseWidthPunctuationAndSplitsScripts(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void AliasKey_IgnoresSpacing()
    {
        Assert.Equal(TextNormalizer.AliasKey("Ding Talk"), TextNormalizer.AliasKey("dingtalk"));
    }
}
