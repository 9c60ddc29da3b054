using KrBot.Core.Understanding;
using Xunit.Abstractions;

namespace KrBot.Core.Tests.Evaluation;

/// <summary>
/// Resolve or ask, never guess: on the generated set of misspelt names and near misses, no question may be answered
/// about the wrong entity (precision 100 %), and most misspellings must still be understood (recall).
/// </summary>
public sealed class NearMissTests(ITestOutputHelper output)
{
    /// <summary>Calibrated on this set (docs/benchmarks.md): the share of misspelt names answered about the right entity.</summary>
    private const double RecallFloor = 0.80;

    [Fact]
    public void GeneratedTyposAndNearMisses_NeverAnswerTheWrongEntity_AndMostlyTheRightOne()
    {
        var parser = new QuestionParser(BundledKnowledge.Facts);
        var cases = NearMissSet.Build(BundledKnowledge.Facts);
        int right = 0, wrong = 0, asked = 0, unknown = 0;
        var wrongOnes = new List<string>();
        foreach (var c in cases)
        {
            var query = parser.Parse(c.Question);
            var answered = query.Intent is not (Intent.Clarify or Intent.OutOfScope or Intent.UnknownCommand) && query.EntityIds.Count > 0;
            if (!answered)
            {
                if (query.Intent == Intent.Clarify) asked++;
                else unknown++;
            }
            else if (c.EntityId is not null && query.EntityIds[0] == c.EntityId)
            {
                right++;
            }
            else
            {
                wrong++;
                wrongOnes.Add($"{c.Question} ({c.Kind}): answered about {string.Join(",", query.EntityIds)}");
            }
        }

        var typos = cases.Count(c => c.Kind == "typo");
        var precision = right / (double)Math.Max(1, right + wrong);
        var recall = right / (double)cases.Count(c => c.EntityId is not null);
        output.WriteLine($"{cases.Count} cases ({typos} generated typos): right {right}, wrong {wrong}, asked \"did you mean\" {asked}, said unknown {unknown}; precision {precision:P1}, recall {recall:P1}");
        foreach (var line in wrongOnes) output.WriteLine("WRONG: " + line);

        Assert.True(wrong == 0, string.Join("\n", wrongOnes));
        Assert.True(recall >= RecallFloor, $"recall {recall:P1} below {RecallFloor:P0}");
        Assert.True(typos >= 500, $"the generated set shrank to {typos} typos");
    }
}
