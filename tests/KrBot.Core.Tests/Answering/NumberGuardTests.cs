using KrBot.Core.Answering;
using KrBot.Core.Languages;
using KrBot.Core.Understanding;

namespace KrBot.Core.Tests.Answering;

public sealed class NumberGuardTests
{
    private static readonly Language[] Languages = [Language.English, Language.SimplifiedChinese, Language.TraditionalChinese];

    public static TheoryData<string, string> Questions()
    {
        var questions = EvaluationSet.Load().Concat(EvaluationSet.Load("heldout.tsv")).Select(c => c.Question).ToList();
        foreach (var entity in BundledKnowledge.Facts.Entities)
            questions.AddRange(["/" + entity.Id, $"/compare {entity.Id} dingtalk", $"/compare {entity.Id} wechat"]);
        questions.AddRange(["/help", "/sources"]);

        // Every question in every language and script, whatever it was asked in.
        var data = new TheoryData<string, string>();
        foreach (var question in questions.Distinct())
        {
            foreach (var language in Languages) data.Add(question, language.Code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Violations_EveryAnswerToEvaluationAndCommands_StatesOnlyCitedNumbers(string question, string language)
    {
        var answer = BundledKnowledge.Answerer.Ask(question, Languages.Single(l => l.Code == language));

        Assert.Equal(language, answer.Language.Code);
        Assert.Empty(NumberGuard.Violations(answer, BundledKnowledge.Facts));
    }

    [Theory]
    [InlineData("3亿", true)]
    [InlineData("3億", true)]
    [InlineData("30000万", true)]
    [InlineData("300 million", true)]
    [InlineData("300万", false)]
    [InlineData("3万", false)]
    [InlineData("30亿", false)]
    [InlineData("300 billion", false)]
    public void Violations_FigureInChineseUnits_IsCheckedByValue(string written, bool backed)
    {
        Assert.Equal(backed, DingTalkInChinese(written, "用户，截至2020年3月31日。").Count == 0);
    }

    [Theory]
    [InlineData("截至2020年3月31日", true)]
    [InlineData("截至2020年4月31日", false)]
    [InlineData("截至2021年3月31日", false)]
    [InlineData("截至2020年3月30日", false)]
    public void Violations_DateInChinese_MustBeTheCitedFactsDate(string date, bool backed)
    {
        Assert.Equal(backed, DingTalkInChinese("3亿", $"用户，{date}。").Count == 0);
    }

    [Fact]
    public void Violations_InventedFigure_IsCaught()
    {
        var facts = BundledKnowledge.Facts;
        var builder = new AnswerBuilder(facts);
        var fact = facts.FindFact("dingtalk-users-2020-03-31")!;
        builder.Add(new TextSpan("DingTalk: "), new FigureSpan("400 million", fact.Id), builder.Cite(fact));

        var violations = NumberGuard.Violations(builder.Build(Query.Of("dingtalk", Intent.Metric)), facts);

        Assert.Equal(["400"], violations);
    }

    [Fact]
    public void Violations_NumberWithoutCitation_IsCaught()
    {
        var builder = new AnswerBuilder(BundledKnowledge.Facts).Text("DingTalk has 300 million users.");

        Assert.Equal(["300"], NumberGuard.Violations(builder.Build(Query.Of("dingtalk", Intent.Metric)), BundledKnowledge.Facts));
    }

    [Fact]
    public void Violations_ComputedNumberNotFromCitedFacts_IsCaught()
    {
        var builder = new AnswerBuilder(BundledKnowledge.Facts);
        builder.Add(new ComputedSpan("7 times", []));

        Assert.Equal(["7 times"], NumberGuard.Violations(builder.Build(Query.Of("x", Intent.Compare)), BundledKnowledge.Facts));
    }

    [Fact]
    public void Violations_YearEchoedFromTheQuestion_IsAllowed()
    {
        var answer = BundledKnowledge.Answerer.Ask("DingTalk users in 2019");

        Assert.Contains("2019", answer.ToPlainText());
        Assert.Empty(NumberGuard.Violations(answer, BundledKnowledge.Facts));
    }

    /// <summary>"钉钉：{figure}{rest}[1]", citing DingTalk's 300 million users of 31 March 2020.</summary>
    private static IReadOnlyList<string> DingTalkInChinese(string figure, string rest)
    {
        var facts = BundledKnowledge.Facts;
        var builder = new AnswerBuilder(facts, Language.SimplifiedChinese);
        var fact = facts.FindFact("dingtalk-users-2020-03-31")!;
        builder.Add(new TextSpan("钉钉："), new FigureSpan(figure, fact.Id), new TextSpan(rest), builder.Cite(fact));
        return NumberGuard.Violations(builder.Build(Query.Of("钉钉", Intent.Metric)), facts);
    }
}
