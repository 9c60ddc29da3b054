namespace KrBot.Core.Tests.Knowledge;

/// <summary>
/// Two figures for the same entity, metric and date must agree, unless one says it corrects the other
/// (supersedes) or that the sources disagree (disputes).
/// </summary>
public sealed class FactAgreementChecksTests : IDisposable
{
    private const string Original = "dingtalk-users-2020-03-31";
    private readonly KnowledgeFolder _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void Load_SecondFigureForTheSameDate_IsAProblemThatNamesBoth()
    {
        Add("dingtalk-users-b", 280);

        Assert.Equal(
            [$"facts.yaml:{ValueLine("dingtalk-users-b")}: “dingtalk-users-b” gives 280 million and “{Original}” (facts.yaml:{_kb.LineOf("facts.yaml", $"- id: {Original}")}) gives 300 million for the same entity, metric and date: correct one, or add “supersedes: {Original}” (this one corrects it) or “disputes: {Original}” (the sources disagree)"],
            _kb.Problems());
    }

    [Fact]
    public void Load_CorrectionThatSupersedes_IsStatedInsteadOfTheOriginal()
    {
        Add("dingtalk-users-b", 280, $"supersedes: {Original}");

        var facts = _kb.Load().FactBase!;

        Assert.Contains(facts.Facts, f => f.Id == "dingtalk-users-b");
        Assert.DoesNotContain(facts.Facts, f => f.Id == Original);
        Assert.Equal(Original, Assert.Single(facts.Superseded).Id);
    }

    [Fact]
    public void Load_Dispute_KeepsBothFigures()
    {
        Add("dingtalk-users-b", 280, $"disputes: {Original}");

        var facts = _kb.Load().FactBase!;

        Assert.Contains(facts.Facts, f => f.Id == "dingtalk-users-b");
        Assert.Contains(facts.Facts, f => f.Id == Original);
    }

    [Fact]
    public void Load_SameFigureFromASecondFact_Agrees()
    {
        Add("dingtalk-users-b", 300);

        Assert.Empty(_kb.Problems());
    }

    [Fact]
    public void Load_ForecastAndMeasurementForTheSameDate_DoNotConflict()
    {
        Add("dingtalk-users-b", 280, "forecast: true");

        Assert.Empty(_kb.Problems());
    }

    [Theory]
    [InlineData("supersedes: nothing-like-it", "“supersedes” names an unknown fact “nothing-like-it”")]
    [InlineData("disputes: dingtalk-users-b", "a fact cannot name itself in “disputes”")]
    [InlineData("supersedes: wechat-users", "“wechat-users” is about wechat’s users, not dingtalk’s users: “supersedes” links facts of the same entity and metric")]
    public void Load_LinkThatCannotHold_IsAProblem(string link, string message)
    {
        Add("dingtalk-users-b", 300, link);

        Assert.Equal([_kb.At("facts.yaml", link, message)], _kb.Problems());
    }

    [Fact]
    public void Load_LinkIntoAFactsFileThatCannotBeRead_IsNotAFollowOnProblem()
    {
        Add("dingtalk-users-b", 300, "supersedes: dingtalk-users-in-2021-file");
        _kb.Write("facts-2021.yaml", "- id: dingtalk-users-in-2021-file\n  value: [300\n");

        Assert.Equal([_kb.At("facts-2021.yaml", "[300", "this “[” is never closed: end the list with “]”")], _kb.Problems());
    }

    [Fact]
    public void Load_DisputeOfAnotherDate_IsAProblem()
    {
        Add("dingtalk-users-b", 280, $"disputes: {Original}", asOf: "2020-03");

        Assert.Equal([_kb.At("facts.yaml", $"disputes: {Original}", $"“{Original}” is for 31 March 2020, this fact for March 2020: only figures for the same date dispute each other")], _kb.Problems());
    }

    [Fact]
    public void Load_DisputeOfTheSameFigure_IsAProblem()
    {
        Add("dingtalk-users-b", 300, $"disputes: {Original}");

        Assert.Equal([_kb.At("facts.yaml", $"disputes: {Original}", $"“{Original}” gives the same figure, 300 million: there is nothing to dispute")], _kb.Problems());
    }

    [Fact]
    public void Load_SupersedesGoingRound_IsAProblem()
    {
        _kb.Replace("facts.yaml", "  as_of: 2020-03-31\n", $"  as_of: 2020-03-31\n  supersedes: dingtalk-users-b\n");
        Add("dingtalk-users-b", 280, $"supersedes: {Original}");

        Assert.Equal(
            [
                _kb.At("facts.yaml", "supersedes: dingtalk-users-b", $"“{Original}” ends up superseding itself: a chain of “supersedes” must not go round"),
                _kb.At("facts.yaml", $"supersedes: {Original}", "“dingtalk-users-b” ends up superseding itself: a chain of “supersedes” must not go round"),
            ],
            _kb.Problems());
    }

    private void Add(string id, int millions, string? extra = null, string asOf = "2020-03-31") => _kb.Append("facts.yaml", $"""

        - id: {id}
          entity: dingtalk
          metric: users
          value: {millions}
          scale: million
          as_of: {asOf}
          {extra ?? "note: A second report."}
          source: krasia-wechat-work-key-stat
          quote: "DingTalk said it had {millions} million users."

        """);

    private int ValueLine(string id) => _kb.LineOf("facts.yaml", $"- id: {id}") + 3;
}
