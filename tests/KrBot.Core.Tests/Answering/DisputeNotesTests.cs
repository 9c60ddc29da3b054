using KrBot.Core.Answering;
using KrBot.Core.Tests.Knowledge;

namespace KrBot.Core.Tests.Answering;

/// <summary>Sources that disagree are shown disagreeing, each figure cited; a corrected figure is not shown at all.</summary>
public sealed class DisputeNotesTests : IDisposable
{
    private readonly KnowledgeFolder _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void Ask_DisputedFigure_SaysTheSourcesDisagreeInsteadOfCallingItAnotherMeasure()
    {
        var facts = WithSecondDingTalkFigure("disputes: dingtalk-users-2020-03-31");

        var answer = new Answerer(facts).Ask("How many users does DingTalk have?");
        var text = answer.ToPlainText();

        Assert.StartsWith("DingTalk: 300 million users, as of 31 March 2020", text);
        Assert.Contains("Careful: the sources disagree on this figure; another gives:", text);
        Assert.Contains("280 million users, as of 31 March 2020", text);
        var related = text.IndexOf("measuring something different", StringComparison.Ordinal);
        // The dispute note names 280 million above; it must not come back as another measure below.
        if (related >= 0) Assert.DoesNotContain("280 million", text[related..], StringComparison.Ordinal);
        Assert.Empty(NumberGuard.Violations(answer, facts));
    }

    [Fact]
    public void Compare_DisputedFigure_WarnsWhichSideIsDisputed()
    {
        var facts = WithSecondDingTalkFigure("disputes: dingtalk-users-2020-03-31");

        var text = new Answerer(facts).Ask("Compare DingTalk and WeChat Work").ToPlainText();

        Assert.Contains("Careful: the sources disagree on DingTalk’s figure; another gives:", text);
        Assert.Contains("DingTalk: 280 million users, as of 31 March 2020", text);
    }

    [Fact]
    public void Ask_SupersededFigure_IsNeverStated()
    {
        var facts = WithSecondDingTalkFigure("supersedes: dingtalk-users-2020-03-31");

        var text = new Answerer(facts).Ask("How many users does DingTalk have?").ToPlainText();

        Assert.StartsWith("DingTalk: 280 million users, as of 31 March 2020", text);
        Assert.DoesNotContain("300 million", text);
    }

    private KrBot.Core.Knowledge.FactBase WithSecondDingTalkFigure(string link)
    {
        _kb.Append("facts.yaml", $"""

            - id: dingtalk-users-other-report
              entity: dingtalk
              metric: users
              value: 280
              scale: million
              as_of: 2020-03-31
              {link}
              source: krasia-wechat-work-key-stat
              quote: "DingTalk said it had 280 million users."

            """);
        var result = _kb.Load();
        Assert.Empty(result.Problems);
        return result.FactBase!;
    }
}
