using KrBot.Core.Understanding;

namespace KrBot.Benchmarks;

/// <summary>
/// Entity accuracy of our parser and of the naive baseline on the evaluation set: the "equal or better accuracy"
/// half of the performance target. A question is right when the entities found equal the labelled ones
/// (none for off-topic questions; the baseline names one entity per question at most).
/// </summary>
internal static class AccuracyReport
{
    public static void Print(TextWriter output)
    {
        var facts = BenchmarkInputs.LoadFacts();
        var questions = BenchmarkInputs.LoadQuestions();
        var parser = new QuestionParser(facts);
        var naive = new NaiveMatcher(facts);

        var ours = questions.Count(q => parser.Parse(q.Question).EntityIds.Order().SequenceEqual(q.Entities.Order()));
        var baseline = questions.Count(q => naive.Match(q.Question) is var m && (m is null ? q.Entities.Length == 0 : q.Entities.SequenceEqual([m])));
        output.WriteLine($"Entity accuracy on {questions.Count} evaluation questions:");
        output.WriteLine($"  KrBot parser:          {ours}/{questions.Count} ({(double)ours / questions.Count:P1})");
        output.WriteLine($"  naive ExtractOne:      {baseline}/{questions.Count} ({(double)baseline / questions.Count:P1})");
    }
}
