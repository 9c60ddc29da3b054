using QuoteFigures = KrBot.Core.Knowledge.QuoteFigures;

namespace KrBot.Core.Tests.Knowledge;

public sealed class QuoteFiguresTests
{
    [Theory]
    [InlineData("reached 300 million users", "300 million", 300_000_000, null)]
    [InlineData("reached 300m users", "300m", 300_000_000, null)]
    [InlineData("reached 300,000,000 users", "300,000,000", 300_000_000, null)]
    [InlineData("用户达到3亿", "3亿", 300_000_000, null)]
    [InlineData("用户达到1.2亿", "1.2亿", 120_000_000, null)]
    [InlineData("a market of USD 6.4 billion", "USD 6.4 billion", 6_400_000_000, "USD")]
    [InlineData("a market of $6.4bn", "$6.4bn", 6_400_000_000, "USD")]
    [InlineData("a market of RMB 5 billion", "RMB 5 billion", 5_000_000_000, "CNY")]
    [InlineData("a market of 5 billion yuan", "5 billion yuan", 5_000_000_000, "CNY")]
    [InlineData("220 million people held online conferences", "220 million", 220_000_000, null)]
    public void In_UsualWriting_ReadsValueScaleAndCurrency(string sentence, string text, long absolute, string? currency)
    {
        var figure = Assert.Single(QuoteFigures.In(sentence));

        Assert.Equal((text, (decimal)absolute, currency), (figure.Text, figure.Absolute, figure.Currency));
    }

    [Theory]
    [InlineData("its 300 members")]
    [InlineData("in Q1 2020")]
    [InlineData("COVID-19")]
    public void In_NumberFollowedByAWord_IsNotScaledByItsFirstLetter(string sentence)
    {
        Assert.All(QuoteFigures.In(sentence), f => Assert.Null(f.Scale));
    }
}
