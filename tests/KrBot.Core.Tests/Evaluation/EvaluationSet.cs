namespace KrBot.Core.Tests;

/// <summary>One labelled question of Evaluation/questions.tsv: what a careful analyst understands it to ask.</summary>
public sealed record EvaluationCase(int Line, string Question, string Intent, IReadOnlyList<string> Entities, string Metric, string Category);

/// <summary>
/// Reads an evaluation set kept with the tests (tab-separated; # comments; header first). questions.tsv is the
/// set the parser was tuned on; heldout.tsv was written separately and never tuned on.
/// </summary>
public static class EvaluationSet
{
    public static IReadOnlyList<EvaluationCase> Load(string fileName = "questions.tsv")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", fileName);
        var cases = new List<EvaluationCase>();
        var lines = File.ReadAllLines(path);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length != 5) throw new FormatException($"{fileName}:{i + 1}: expected 5 tab-separated columns, found {cells.Length}");
            var entities = cells[2] == "-" ? [] : cells[2].Split(',', StringSplitOptions.TrimEntries);
            cases.Add(new EvaluationCase(i + 1, cells[0], cells[1], entities, cells[3], cells[4]));
        }

        return cases;
    }
}
