using KrBot.Core.Answering;
using KrBot.Core.Languages;
using KrBot.Core.Understanding;

namespace KrBot.Core.Tests.Answering;

public sealed class AnswererTests
{
    private readonly Answerer _answerer = BundledKnowledge.Answerer;

    [Fact]
    public void Ask_DingTalkUsers_GivesFigureDateAndSource()
    {
        var answer = _answerer.Ask("How many users does DingTalk have?");
        var text = answer.ToPlainText();

        Assert.StartsWith("DingTalk: 300 million users, as of 31 March 2020", text);
        Assert.Equal("KrASIA", Assert.Single(answer.Citations).Source.Publisher);
        Assert.Contains("[1] KrASIA, “KEY STAT | 220 million people hosted online meetings on WeChat Work”, by Julianna Wu", text);
    }

    [Fact]
    public void Ask_WeChatWorkUsers_GivesLatestAccountsAndExplainsThe250MillionIsAnotherMeasure()
    {
        var text = _answerer.Ask("How many users does WeChat Work have?").ToPlainText();

        Assert.Contains("60 million user accounts, as of the end of 2019", text);
        Assert.Contains("250 million WeChat users served by businesses through it", text);
        Assert.Contains("measuring something different", text);
        Assert.True(text.IndexOf("60 million", StringComparison.Ordinal) < text.IndexOf("250 million", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_CompareDingTalkAndWeChatWork_ComputesRatioAndWarnsAboutDatesAndMeasures()
    {
        var answer = _answerer.Ask("Compare DingTalk and WeChat Work");
        var text = answer.ToPlainText();

        Assert.Contains("300 million users, as of 31 March 2020", text);
        Assert.Contains("60 million user accounts, as of the end of 2019", text);
        var ratio = Assert.Single(answer.Paragraphs.SelectMany(p => p.Spans).OfType<ComputedSpan>());
        Assert.Equal("5 times", ratio.Text);
        Assert.Contains("Computed from the two cited figures (300 million ÷ 60 million)", text);
        Assert.Contains("count different things", text);
        Assert.Contains("different dates (31 March 2020* and the end of 2019*)", text);
    }

    [Fact]
    public void Ask_CompareWithNoFigureOnOneSide_SaysSoWithoutRatio()
    {
        var answer = _answerer.Ask("/compare dingtalk lark");

        Assert.Contains("Lark: I have no total users figure.", answer.ToPlainText());
        Assert.Empty(answer.Paragraphs.SelectMany(p => p.Spans).OfType<ComputedSpan>());
    }

    [Fact]
    public void Ask_CompareWithOneName_ExplainsUsage()
    {
        var answer = _answerer.Ask("/compare dingtalk");

        Assert.Contains("Name two things to compare", answer.ToPlainText());
        Assert.Contains(answer.Suggestions, s => s.Question == "/compare dingtalk wechatwork");
    }

    [Theory]
    [InlineData("Who makes Lark?", "Lark belongs to ByteDance.")]
    [InlineData("Who makes JoyMeeting?", "JoyMeeting is a video conferencing app from JD.com.")]
    [InlineData("When did Baidu open its platform?", "Early March 2020*: Baidu, the search engine, opened its internal collaboration platform to the public")]
    [InlineData("Which apps did UNESCO list?", "UNESCO included DingTalk, WeChat Work and ByteDance’s Lark")]
    [InlineData("What did JD.com launch?", "unveiled JoyMeeting, a video conferencing app for iOS")]
    [InlineData("What's the market size?", "USD 6.4 billion (market size), expected for 2020 (a forecast, not a measurement)")]
    [InlineData("How many people held online meetings on WeChat Work?", "220 million people who held online meetings on it, date not given by the source")]
    [InlineData("How many users does WeChat have?", "WeChat: 1.2 billion users, date not given by the source")]
    public void Ask_StatementAndFigureQuestions_QuoteTheFactBase(string question, string expected)
    {
        Assert.Contains(expected, _answerer.Ask(question).ToPlainText());
    }

    [Fact]
    public void Ask_WhoMakesDingTalk_SaysTheSourceDoesNotSay()
    {
        var answer = _answerer.Ask("Who makes DingTalk?");

        Assert.Equal("The source does not say who makes or owns DingTalk.", answer.Paragraphs[0].PlainText);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("How many users does Zoom have?", "I don’t have anything on “zoom”.")]
    [InlineData("What's the weather?", "I don’t have anything on “weather”.")]
    [InlineData("DingTalk revenue?", "I don’t have revenue for DingTalk")]
    [InlineData("/frobnicate", "I don’t know the command /frobnicate.")]
    public void Ask_WhatTheFactBaseDoesNotHold_SaysSoWithoutAnyNumber(string question, string expected)
    {
        var answer = _answerer.Ask(question);
        var text = answer.ToPlainText();

        Assert.StartsWith(expected, text);
        Assert.DoesNotContain(text, char.IsDigit);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public void Ask_MeasureWithoutName_AsksWhichOne()
    {
        var answer = _answerer.Ask("How many users?");

        // WeChat Work has user accounts, not total users: the offer says so, and choosing it is answered consistently.
        Assert.StartsWith("Which one do you mean? I have total users for DingTalk and WeChat and user accounts for WeChat Work.", answer.ToPlainText());
        Assert.Contains(answer.Suggestions, s => s.Question == "/dingtalk users");
        Assert.StartsWith("I have no total users figure for WeChat Work; the closest measure I have is user accounts:", _answerer.Ask("/wechatwork users").ToPlainText());
    }

    [Theory]
    [InlineData("Who is the CEO of Tencent?", "I don’t have the CEO for Tencent")]
    [InlineData("Tencent's profit?", "I don’t have profit for Tencent")]
    [InlineData("How many employees does DingTalk have?", "I don’t have employees for DingTalk")]
    [InlineData("Tencent share price", "I don’t have share price for Tencent")]
    [InlineData("who founded dingtalk", "I don’t have who founded it or when for DingTalk")]
    public void Ask_MeasureTheFactBaseLacks_SaysSoAndPresentsNoOtherFactAsTheAnswer(string question, string start)
    {
        var answer = _answerer.Ask(question);

        Assert.StartsWith(start, answer.ToPlainText());
        Assert.Empty(answer.Citations); // what it has is named, not stated as if it answered the question
    }

    [Theory]
    [InlineData("What is Baidu?", "Baidu is a search engine.")]
    [InlineData("What does JD.com do?", "JD.com is an e-commerce and logistics operator.")]
    [InlineData("What kind of company is JD.com?", "JD.com is an e-commerce and logistics operator.")]
    [InlineData("What is JoyMeeting?", "JoyMeeting is a video conferencing app for iOS, from JD.com.")]
    [InlineData("What is DingTalk?", "DingTalk is an office collaboration tool, China’s largest by total users.")]
    public void Ask_WhatIsX_AnsweredFromTheSourcesDescription(string question, string start)
    {
        Assert.StartsWith(start, _answerer.Ask(question).ToPlainText());
    }

    [Theory]
    [InlineData("How many users does DingTalk have?", "31 March 2020*")]
    [InlineData("Compare DingTalk and WeChat Work", "the end of 2019*")]
    [InlineData("/lark", "Mid-March 2020*")]
    [InlineData("When did JD.com launch JoyMeeting?", "Early March 2020*")]
    public void Ask_DateWhoseYearComesFromContext_IsMarkedWhereverItAppears_WithOneLineSayingWhy(string question, string markedDate)
    {
        var text = _answerer.Ask(question).ToPlainText();

        Assert.Contains(markedDate, text);
        Assert.Single(text.Split('\n'), line => line == Language.English.InferredYearNote);
    }

    [Fact]
    public void Ask_DatesTheSourceGivesWhole_AreNotMarked()
    {
        var text = _answerer.Ask("How big is the enterprise software market?").ToPlainText();

        Assert.DoesNotContain("*", text);
    }

    [Fact]
    public void Ask_WhatDidXDo_AddsWhatTheSourceSaysItDid()
    {
        Assert.Contains("Baidu, the search engine, opened its internal collaboration platform to the public", _answerer.Ask("What did Baidu do?").ToPlainText());
    }

    [Theory]
    [InlineData("What is Lark?", "Lark")]
    [InlineData("What is Tencent?", "Tencent")]
    public void Ask_WhatIsX_TheSourceDoesNotDescribe_SaysSoThenWhatItDoesSay(string question, string name)
    {
        var text = _answerer.Ask(question).ToPlainText();

        Assert.StartsWith($"The source does not say in so many words what {name} is. What it does say:", text);
        Assert.DoesNotContain($"{name} is a", text.Split('\n')[0]);
    }

    [Theory]
    [InlineData("Who wrote the article?")]
    [InlineData("Where was it published?")]
    [InlineData("文章的作者是谁")]
    public void Ask_WhoWroteTheSource_NamesAuthorAndPublisher(string question)
    {
        var text = _answerer.Ask(question).ToPlainText();

        Assert.Contains("Julianna Wu", text);
        Assert.Contains("KrASIA", text);
    }

    [Fact]
    public void Ask_YearWeHaveNoFigureFor_SaysWhichYearWeHave()
    {
        var text = _answerer.Ask("DingTalk users in 2019").ToPlainText();

        Assert.StartsWith("I have no total users figure for DingTalk in 2019; the one I have is from 31 March 2020*:", text);
    }

    [Fact]
    public void Ask_UnsureTypo_OffersDidYouMeanButtons()
    {
        var answer = _answerer.Ask("bitedanse owner");

        Assert.StartsWith("I’m not sure which you mean. Did you mean ByteDance?", answer.ToPlainText());
        Assert.Equal("/bytedance who makes", Assert.Single(answer.Suggestions).Question);
    }

    [Fact]
    public void Ask_Overview_ListsEveryFactWithCitations()
    {
        var answer = _answerer.Ask("/wechatwork");

        Assert.Equal("WeChat Work", answer.Paragraphs[0].PlainText);
        Assert.Contains("220 million", answer.ToPlainText());
        Assert.Contains("60 million", answer.ToPlainText());
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public void Ask_Help_ListsEntityCommandsFromTheFactBase()
    {
        var text = _answerer.Ask("/help").ToPlainText();

        foreach (var entity in BundledKnowledge.Facts.Entities) Assert.Contains("/" + entity.Id, text);
        Assert.Contains("/compare", text);
    }

    [Fact]
    public void Ask_Sources_NamesTheArticle()
    {
        Assert.Contains("KrASIA, “KEY STAT | 220 million people hosted online meetings on WeChat Work”, by Julianna Wu", _answerer.Ask("/sources").ToPlainText());
    }
}
