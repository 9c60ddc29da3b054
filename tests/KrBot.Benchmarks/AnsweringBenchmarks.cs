using BenchmarkDotNet.Attributes;
using KrBot.Core.Answering;
using KrBot.Core.Understanding;

namespace KrBot.Benchmarks;

/// <summary>
/// The whole answer pipeline (parse + answer) over the evaluation set's questions, against the naive baseline of
/// one FuzzySharp ExtractOne per question. Results are per question (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AnsweringBenchmarks
{
    private const int QuestionCount = 263;
    private string[] _questions = [];
    private Answerer _answerer = null!;
    private QuestionParser _parser = null!;
    private NaiveMatcher _naive = null!;

    [GlobalSetup]
    public void Setup()
    {
        var facts = BenchmarkInputs.LoadFacts();
        _questions = BenchmarkInputs.LoadQuestions().Select(q => q.Question).Take(QuestionCount).ToArray();
        if (_questions.Length != QuestionCount) throw new InvalidOperationException($"expected {QuestionCount} questions, found {_questions.Length}: update QuestionCount");
        _answerer = new Answerer(facts);
        _parser = new QuestionParser(facts);
        _naive = new NaiveMatcher(facts);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = QuestionCount)]
    public int NaiveExtractOne()
    {
        var found = 0;
        foreach (var question in _questions) found += _naive.Match(question) is null ? 0 : 1;
        return found;
    }

    [Benchmark(OperationsPerInvoke = QuestionCount)]
    public int Parse()
    {
        var entities = 0;
        foreach (var question in _questions) entities += _parser.Parse(question).EntityIds.Count;
        return entities;
    }

    [Benchmark(OperationsPerInvoke = QuestionCount)]
    public int ParseAndAnswer()
    {
        var paragraphs = 0;
        foreach (var question in _questions) paragraphs += _answerer.Ask(question).Paragraphs.Count;
        return paragraphs;
    }
}
