using KrBot.Core.Knowledge;
using KrBot.Core.Languages;
using KrBot.Core.Understanding;

namespace KrBot.Core.Answering;

/// <summary>
/// Query -> Answer. Every number it states comes from a cited fact or is computed from two and labelled;
/// when the fact base has nothing, the answer says so and offers what it does have. Answers are in the language
/// given, or else in the language of the question (<see cref="QuestionLanguage"/>), English when it shows none.
/// </summary>
public sealed class Answerer
{
    private readonly QuestionParser _parser;
    private readonly FactAnswers _factAnswers;
    private readonly ComparisonAnswers _comparisons;
    private readonly GuidanceAnswers _guidance;

    /// <param name="hostCommands">Names of the commands the host adds (subscriptions, language), listed in /help.</param>
    public Answerer(FactBase facts, IReadOnlyList<string>? hostCommands = null)
    {
        Facts = facts;
        _parser = new QuestionParser(facts);
        var selector = FactSelector.Of(facts);
        _guidance = new GuidanceAnswers(facts, selector, hostCommands ?? []);
        _factAnswers = new FactAnswers(selector, _guidance);
        _comparisons = new ComparisonAnswers(selector);
    }

    public FactBase Facts { get; }

    public Answer Ask(string question, Language? language = null) => Answer(_parser.Parse(question), language);

    /// <summary>
    /// Answers <paramref name="question"/> as a follow-up of the same person's <paramref name="previous"/> one (null:
    /// a new conversation); <paramref name="next"/> is what to remember for the next question.
    /// </summary>
    public Answer Ask(string question, ConversationState? previous, out ConversationState? next, Language? language = null)
    {
        var query = FollowUp.Resolve(_parser.Parse(question), previous);
        next = ConversationState.After(query, previous);
        return Answer(query, language);
    }

    public Answer Answer(Query query, Language? language = null)
    {
        var answer = new AnswerBuilder(Facts, language ?? QuestionLanguage.Detect(query.Text) ?? Language.English);
        switch (query.Intent)
        {
            case Intent.Overview: _factAnswers.Overview(answer, query.EntityIds[0]); break;
            case Intent.Metric: _factAnswers.Metric(answer, query); break;
            case Intent.When: _factAnswers.When(answer, query); break;
            case Intent.Who: _factAnswers.Who(answer, query.EntityIds[0]); break;
            case Intent.Compare: _comparisons.Compare(answer, query); break;
            case Intent.Sources: _guidance.Sources(answer); break;
            case Intent.Help: _guidance.Help(answer); break;
            case Intent.Start: _guidance.Start(answer); break;
            case Intent.Clarify: _guidance.Clarify(answer, query); break;
            case Intent.UnknownMetric: _guidance.UnknownMetric(answer, query); break;
            case Intent.UnknownCommand: _guidance.UnknownCommand(answer, query); break;
            default: _guidance.OutOfScope(answer, query); break;
        }

        return answer.Build(query);
    }
}
