using System.Text;
using System.Text.Json;
using KrBot.Core.Understanding;
using Xunit.Abstractions;

namespace KrBot.Core.Tests.Evaluation;

/// <summary>
/// Accuracy of understanding on the labelled evaluation set (typos, Chinese, commands, comparisons, off-topic,
/// near misses). A case is right when intent, entities (in any order) and metric all match the label.
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("questions.tsv", 150, 0.95)]
    [InlineData("heldout.tsv", 80, 0.90)]
    [InlineData("heldout-answers.tsv", 30, 0.95)]
    public void Parse_EvaluationSet_MeetsItsAccuracyFloor(string fileName, int minimumCases, double requiredAccuracy)
    {
        var cases = EvaluationSet.Load(fileName);
        var parser = new QuestionParser(BundledKnowledge.Facts);
        var failures = new List<string>();
        var byCategory = new Dictionary<string, (int Right, int Total)>();

        foreach (var c in cases)
        {
            var query = parser.Parse(c.Question);
            var right = IsRight(c, query);
            var (r, t) = byCategory.GetValueOrDefault(c.Category);
            byCategory[c.Category] = (r + (right ? 1 : 0), t + 1);
            if (!right)
                failures.Add($"{fileName}:{c.Line}: {JsonSerializer.Serialize(c.Question)} expected {c.Intent} [{string.Join(",", c.Entities)}] {c.Metric}, got {Name(query.Intent)} [{string.Join(",", query.EntityIds)}] {query.MetricId ?? "-"}");
        }

        var accuracy = 1.0 - (double)failures.Count / cases.Count;
        var report = new StringBuilder($"{fileName}: accuracy {accuracy:P1} on {cases.Count} questions\n");
        foreach (var (category, (right, total)) in byCategory.OrderBy(kv => kv.Key)) report.AppendLine($"  {category}: {right}/{total}");
        foreach (var failure in failures) report.AppendLine(failure);
        output.WriteLine(report.ToString());

        Assert.True(cases.Count >= minimumCases, $"{fileName} must keep at least {minimumCases} questions, has {cases.Count}");
        Assert.True(accuracy >= requiredAccuracy, report.ToString());
    }

    private static bool IsRight(EvaluationCase c, Query query)
    {
        if (c.Intent != Name(query.Intent)) return false;
        if (!c.Entities.Order().SequenceEqual(query.EntityIds.Order())) return false;
        return c.Metric switch
        {
            "*" => true,
            "-" => query.MetricId is null,
            _ => c.Metric == query.MetricId,
        };
    }

    private static string Name(Intent intent) => JsonNamingPolicy.CamelCase.ConvertName(intent.ToString());
}
