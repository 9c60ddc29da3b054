using System.Text;
using System.Text.Json;
using KrBot.Core.Answering;
using KrBot.Core.Languages;

namespace KrBot.Core.Tests.Evaluation;

/// <summary>
/// Replies in the asker's language (replies.tsv): each question is answered in the language and script expected,
/// says what it must, states no number its facts do not give, and a traditional reply has no simplified character.
/// </summary>
public sealed class ReplyEvaluationTests
{
    [Fact]
    public void Ask_ReplyEvaluationSet_EveryCaseInItsLanguage()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", "replies.tsv");
        var failures = new StringBuilder();
        var cases = 0;
        var lines = File.ReadAllLines(path);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#')) continue;
            var cells = lines[i].Split('\t');
            Assert.True(cells.Length == 4, $"replies.tsv:{i + 1}: expected 4 tab-separated columns");
            cases++;
            var (question, preference, language) = (cells[0], LanguagePreferences.Parse(cells[1])!.Value, cells[2]);
            var answer = BundledKnowledge.Answerer.Ask(question, preference.Choose(question));
            var text = answer.ToPlainText();
            var problems = new List<string>();
            if (answer.Language.Code != language) problems.Add($"answered in {answer.Language.Code}");
            problems.AddRange(cells[3].Split(" && ").Where(part => !text.Contains(part, StringComparison.Ordinal)).Select(part => $"lacks {JsonSerializer.Serialize(part)}"));
            problems.AddRange(NumberGuard.Violations(answer, BundledKnowledge.Facts).Select(n => $"states {n}, which no cited fact gives"));
            if (language == "zh-Hant" && text.Where(TraditionalScript.IsSimplifiedOnly).Distinct().ToList() is { Count: > 0 } simplified)
                problems.Add($"has simplified characters {string.Concat(simplified)}");
            if (problems.Count > 0) failures.AppendLine($"replies.tsv:{i + 1}: {question} ({cells[1]}): {string.Join("; ", problems)}\n{text}\n");
        }

        Assert.True(cases >= 30, $"replies.tsv must keep at least 30 cases, has {cases}");
        Assert.True(failures.Length == 0, failures.ToString());
    }
}
