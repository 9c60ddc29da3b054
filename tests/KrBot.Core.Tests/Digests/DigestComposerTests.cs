using KrBot.Core.Answering;
using KrBot.Core.Digests;
using KrBot.Core.Languages;

namespace KrBot.Core.Tests.Digests;

public sealed class DigestComposerTests
{
    private static readonly DateOnly Day = new(2026, 11, 25);
    private readonly DigestComposer _composer = new(BundledKnowledge.Facts);

    [Fact]
    public void Compose_FirstDigest_WelcomesAndHasStatAndComparison()
    {
        var digest = _composer.Compose(Day, DigestHistory.None);
        var text = digest.Answer.ToPlainText();

        Assert.StartsWith("KrBot digest, 25 November 2026", text);
        Assert.Contains("Welcome to your daily digest", text);
        Assert.Contains("Stat of the day:", text);
        Assert.Contains("Comparison:", text);
        Assert.Single(digest.Answer.Paragraphs.SelectMany(p => p.Spans).OfType<ComputedSpan>());
        Assert.Equal(1, digest.Next.DigestsSent);
        Assert.Equal(BundledKnowledge.Facts.Facts.Count, digest.Next.SeenFactIds.Count);
    }

    [Fact]
    public void Compose_StatOfTheDay_RotatesThroughEveryFigureWithoutRepeatingBackToBack()
    {
        var history = DigestHistory.None;
        var stats = new List<string>();
        var figures = BundledKnowledge.Facts.Facts.Count(f => f.HasFigure);
        for (var day = 0; day < figures * 2; day++)
        {
            history = _composer.Compose(Day.AddDays(day), history).Next;
            stats.Add(history.LastStatFactId!);
        }

        Assert.Equal(figures, stats.Distinct().Count());
        Assert.All(stats.Zip(stats.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    [Fact]
    public void Compose_AfterCuratorsAddAFact_ListsItAsNew()
    {
        var facts = BundledKnowledge.Facts;
        var seenBefore = facts.Facts.Where(f => f.Id != "joymeeting-launch-2020-03").Select(f => f.Id).ToList();

        var text = _composer.Compose(Day, new DigestHistory(seenBefore, null, 3)).Answer.ToPlainText();

        Assert.Contains("New in the fact base:", text);
        Assert.Contains("unveiled JoyMeeting", text);
    }

    [Fact]
    public void Compose_NothingNew_SaysSo()
    {
        var all = BundledKnowledge.Facts.Facts.Select(f => f.Id).ToList();

        Assert.Contains("Nothing new in the fact base since your last digest.", _composer.Compose(Day, new DigestHistory(all, null, 3)).Answer.ToPlainText());
    }

    [Fact]
    public void Compose_Comparison_DoesNotRepeatTheStatOfTheDay()
    {
        var history = DigestHistory.None;
        for (var day = 0; day < 10; day++)
        {
            var digest = _composer.Compose(Day.AddDays(day), history);
            var compared = digest.Answer.Paragraphs.SelectMany(p => p.Spans).OfType<ComputedSpan>().Single().FactIds;
            Assert.DoesNotContain(digest.Next.LastStatFactId, compared);
            history = digest.Next;
        }
    }

    [Fact]
    public void Compose_EveryNumber_IsCited()
    {
        var history = DigestHistory.None;
        for (var day = 0; day < 10; day++)
        {
            var digest = _composer.Compose(Day.AddDays(day), history);
            Assert.Empty(NumberGuard.Violations(digest.Answer, BundledKnowledge.Facts));
            history = digest.Next;
        }
    }

    [Theory]
    [InlineData("zh-Hans", "KrBot 每日摘要，2026年11月25日", "欢迎订阅每日摘要", "今日数据：", "对比：")]
    [InlineData("zh-Hant", "KrBot 每日摘要，2026年11月25日", "歡迎訂閱每日摘要", "今日數據：", "對比：")]
    public void Compose_InChinese_EveryPartInChineseAndEveryNumberCited(string code, string heading, string welcome, string stat, string comparison)
    {
        var language = code == "zh-Hant" ? Language.TraditionalChinese : Language.SimplifiedChinese;
        var history = DigestHistory.None;
        for (var day = 0; day < 12; day++)
        {
            var digest = _composer.Compose(Day.AddDays(day), history, language);
            var text = digest.Answer.ToPlainText();
            Assert.StartsWith(day == 0 ? heading : "KrBot 每日摘要", text);
            if (day == 0) Assert.Contains(welcome, text);
            Assert.Contains(stat, text);
            Assert.Contains(comparison, text);
            Assert.Equal(code, digest.Answer.Language.Code);
            Assert.Empty(NumberGuard.Violations(digest.Answer, BundledKnowledge.Facts));
            history = digest.Next;
        }
    }
}
