namespace KrBot.Core.Tests.Knowledge;

/// <summary>A fact must say what its quote says: the bot states the figure with the quote's citation beside it.</summary>
public sealed class FactMeaningChecksTests : IDisposable
{
    private const string DingTalkQuote = "the app reached a total of 300 million users as of March 31.";
    private readonly KnowledgeFolder _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void Load_ValueTheQuoteDoesNotGive_NamesWhatTheQuoteGives()
    {
        _kb.Replace("facts.yaml", "value: 300\n", "value: 3000\n");

        Assert.Equal([_kb.At("facts.yaml", "value: 3000", "the quote gives “300 million”, not 3,000 million: check “value” and “scale”")], _kb.Problems());
    }

    [Fact]
    public void Load_ScaleTheQuoteDoesNotGive_IsAProblem()
    {
        _kb.Replace("facts.yaml", "value: 300\n  scale: million\n", "value: 300\n  scale: billion\n");

        Assert.Equal([_kb.At("facts.yaml", "value: 300\n", "the quote gives “300 million”, not 300 billion: check “value” and “scale”")], _kb.Problems());
    }

    [Theory]
    [InlineData("-300", "-300 million")]
    [InlineData("0", "0 million")]
    public void Load_CountNotAboveZero_IsOneProblem(string value, string shown)
    {
        _kb.Replace("facts.yaml", "value: 300\n", $"value: {value}\n");

        Assert.Equal([_kb.At("facts.yaml", $"value: {value}\n", $"a count must be more than zero, not {shown}")], _kb.Problems());
    }

    [Theory]
    [InlineData("300 million")]
    [InlineData("300m")]
    [InlineData("300 mn")]
    [InlineData("300-million")]
    [InlineData("300,000,000")]
    [InlineData("300000000")]
    [InlineData("0.3 billion")]
    [InlineData("0.3bn")]
    [InlineData("3亿")]
    [InlineData("30000万")]
    public void Load_ValueInAnyUsualWriting_IsFoundInTheQuote(string writing)
    {
        _kb.Replace("facts.yaml", DingTalkQuote, DingTalkQuote.Replace("300 million", writing, StringComparison.Ordinal));

        Assert.Empty(_kb.Problems());
    }

    [Theory]
    [InlineData("USD 6.4 billion")]
    [InlineData("$6.4bn")]
    [InlineData("US$6.4 billion")]
    [InlineData("6.4 billion US dollars")]
    [InlineData("6,400 million dollars")]
    public void Load_MoneyInAnyUsualWriting_IsFoundWithItsCurrency(string writing)
    {
        _kb.Replace("facts.yaml", "market size of USD 6.4 billion in 2020", $"market size of {writing} in 2020");

        Assert.Empty(_kb.Problems());
    }

    [Fact]
    public void Load_CurrencyTheQuoteDoesNotGive_PointsAtTheCurrency()
    {
        _kb.Replace("facts.yaml", "currency: USD", "currency: RMB");

        Assert.Equal([_kb.At("facts.yaml", "currency: RMB", "the quote gives “USD 6.4 billion”: the currency is USD, not RMB")], _kb.Problems());
    }

    [Fact]
    public void Load_QuoteWithoutTheCurrency_IsAProblem()
    {
        _kb.Replace("facts.yaml", "market size of USD 6.4 billion in 2020", "market size of 6.4 billion in 2020");

        Assert.Equal([_kb.At("facts.yaml", "currency: USD", "the quote gives “6.4 billion” without a currency, so it cannot back the currency USD")], _kb.Problems());
    }

    [Fact]
    public void Load_QuoteWithoutAnyFigure_SaysSo()
    {
        _kb.Replace("facts.yaml", $"quote: \"Yesterday, China’s largest office collaboration tool by total users, DingTalk, announced through a press release that {DingTalkQuote}\"\n  note", "quote: \"DingTalk announced it through a press release.\"\n  note");

        Assert.Equal([_kb.At("facts.yaml", "value: 300\n", "the quote gives no figure, so it cannot back 300 million: quote the sentence that gives the number")], _kb.Problems());
    }

    [Fact]
    public void Load_WordsTheQuoteDoesNotSay_IsAProblem()
    {
        _kb.Replace("facts.yaml", "words: one-fifth", "words: one-third");

        Assert.Equal([_kb.At("facts.yaml", "words: one-third", "the quote does not say “one-third”: “words” must be the quote's own words")], _kb.Problems());
    }

    [Fact]
    public void Load_WordsWrittenWithASpaceInsteadOfAHyphen_AreTheQuotesWords()
    {
        _kb.Replace("facts.yaml", "words: one-fifth", "words: One fifth");

        Assert.Empty(_kb.Problems());
    }
}
