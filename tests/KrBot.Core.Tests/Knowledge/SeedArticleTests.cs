using System.Text.RegularExpressions;

namespace KrBot.Core.Tests.Knowledge;

/// <summary>The fact base against its first source: every quote is the article's own words.</summary>
public sealed partial class SeedArticleTests
{
    [Fact]
    public void EveryQuote_AppearsWordForWordInTheSeedArticle()
    {
        // The seed lives beside the repository (../shared/seed), as on every developer machine and in CI.
        var seed = SeedFolder();
        Assert.True(seed is not null, "../shared/seed is missing: clone the repository next to shared/");
        var article = Collapse(string.Concat(Directory.GetFiles(seed!, "*.txt").Select(File.ReadAllText)));

        Assert.All(BundledKnowledge.Facts.Facts, fact => Assert.True(article.Contains(Collapse(fact.Quote), StringComparison.Ordinal), $"{fact.Id}: quote not in the article"));
    }

    private static string? SeedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seed");
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
