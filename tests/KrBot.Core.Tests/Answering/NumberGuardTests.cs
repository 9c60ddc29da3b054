using KrBot.Core.Answering;
using KrBot.Core.Understanding;

namespace KrBot.Core.Tests.Answering;

public sealed class NumberGuardTests
{
    public static TheoryData<string> Questions()
    {
        var questions = EvaluationSet.Load().Concat(EvaluationSet.Load("heldout.tsv")).Select(c => c.Question).ToList();
        foreach (var entity in BundledKnowledge.Facts.Entities)
            questions.AddRange(["/" + entity.Id, $"/compare {entity.Id} dingtalk", $"/compare {entity.Id} wechat"]);
        questions.AddRange(["/help", "/sources"]);

        var data = new TheoryData<string>();
        foreach (var question in questions.Distinct()) data.Add(question);
        return data;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Violations_EveryAnswerToEvaluationAndCommands_StatesOnlyCitedNumbers(string question)
    {
        var answer = BundledKnowledge.Answerer.Ask(question);

        Assert.Empty(NumberGuard.Violations(answer, BundledKnowledge.Facts));
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
}
