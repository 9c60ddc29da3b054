using KrBot.Core.Answering;

namespace KrBot.Core.Languages;

internal sealed partial class EnglishLanguage
{
    public override string NoFactsYet(string name) => $"I know the name {name}, but the fact base has no facts on it yet.";

    public override string MoreItems(int more) => $"…and {Count(more)} more; ask about one measure to see them.";

    public override string NoFigureInYear(string metric, string name, int year, string? dateWeHave) => dateWeHave is null
        ? $"I have no {metric} figure for {name} in {year}; the one I have is undated:"
        : $"I have no {metric} figure for {name} in {year}; the one I have is from {dateWeHave}:";

    public override string ClosestMeasure(string metric, string name, string closest) =>
        $"I have no {metric} figure for {name}; the closest measure I have is {closest}:";

    public override string ForecastCaution => "This is a forecast, not a measured figure.";

    public override string EarlierFigures => "Earlier figures of the same measure:";

    public override string MoreEarlier(int more, string name, string metricWord, int year) =>
        $"…and {Count(more)} more; ask for a year to see one (“{name} {metricWord} in {year}”).";

    public override string RelatedCaution => "Related, but measuring something different (do not add or compare them with the figure above):";

    public override string MoreRelated(int more, string entityId) => $"…and {Count(more)} more on other measures; /{entityId} lists them.";

    public override string NoDatedFacts(string name) => $"I have no dated facts on that for {name}.";

    public override string NoDateGiven(string name) => $"The source gives no date for that. What it says about {name}:";

    public override string NoOwner(string name) => $"The source does not say who makes or owns {name}.";

    public override string TiedTo(string name) => $"What the source ties to {name}:";

    public override string Scope => "I answer questions about China’s enterprise-collaboration market from a curated fact base: each figure comes with its date and its source.";

    public override string Hello => "Hello! " + Scope;

    public override Span[] TypeHelp() => [new TextSpan("Type "), new CommandSpan("/help"), new TextSpan(" for every command.")];

    public override string CommandsHeading => "Commands:";

    public override string OneCommandPerName => "One command per name: ";

    public override string AskExamplesIntro => "Ask in English or Chinese, for example:";

    public override IReadOnlyList<string> Examples { get; } = ["How many users does DingTalk have?", "钉钉有多少用户？", "Compare DingTalk and WeChat Work", "Who makes Lark?"];

    public override string SourcesIntro => "Every fact I state cites one of these sources:";

    public override string DidYouMean(IEnumerable<string> names) => $"I’m not sure which you mean. Did you mean {Or(names)}?";

    public override string UnknownMeasure(string term, string name) => $"I don’t have {DescribeTerm(term)} for {name}: the source does not give it, so I won’t guess.";

    public override string NoDescription(string name) => $"The source does not say in so many words what {name} is. What it does say:";

    public override string AlsoSays => "The source also says:";

    public override string NothingOn(string metric, string name) => $"I don’t have {metric} for {name}.";

    public override string NothingForAnything(string metric) => $"I don’t have {metric} for anything yet.";

    public override string WhichOne(IEnumerable<(string Metric, IReadOnlyList<string> Names)> offers) =>
        $"Which one do you mean? I have {List(offers.Select(o => $"{o.Metric} for {List(o.Names)}"))}.";

    public override string NothingOnTerm(string term) => $"I don’t have anything on “{term}”. {Scope}";

    public override string DontKnow => $"I don’t know that. {Scope}";

    public override string CanTellAbout(IEnumerable<string> names) => $"I can tell you about {List(names)}, and more: try /help.";

    public override Span[] UnknownCommand(string command) =>
        [new TextSpan("I don’t know the command "), new CommandSpan("/" + command), new TextSpan(". Type "), new CommandSpan("/help"), new TextSpan(" for the ones I have.")];

    public override string Versus(string a, string b) => $"{a} vs {b}";

    public override string AllOn(string name) => $"All on {name}";

    public override string NoFactsOn(string name) => $"I have no facts on {name} yet.";

    public override string WhatIHave(string name, IEnumerable<string> metrics) => $"What I do have on {name}: {List(metrics)}.";

    public override string NoFigureFor(string name, string metric) => $"{name}: I have no {metric} figure.";

    public override string NothingToCompare => "So there is nothing to compare these by; ask about each one to see what I have.";

    public override Span[] Ratio(string bigFigure, string smallFigure, string bigName, string smallName, ComputedSpan ratio) =>
    [
        new TextSpan($"Computed from the two cited figures ({bigFigure} ÷ {smallFigure}): {bigName}’s figure is "),
        ratio,
        new TextSpan($" {smallName}’s."),
    ];

    public override string Times(string ratio) => $"{ratio} times";

    public override string DifferentThings(IEnumerable<(string Metric, string Name)> measures) =>
        $"Careful: these count different things: {List(measures.Select(m => $"{m.Metric} ({m.Name})"))}.";

    public override string UndatedCaution => "Careful: the source gives no date for at least one of these figures.";

    public override string DifferentDates(IEnumerable<string> dates) => $"Careful: the figures are from different dates ({List(dates)}).";

    public override string ForecastInComparison => "Careful: at least one figure is a forecast, not a measurement.";

    public override string NothingOnMetric(string name, string metric) => $"{name}: nothing on {metric}.";

    public override Span[] CompareUsage() =>
        [new TextSpan("Name two things to compare, for example "), new CommandSpan("/compare dingtalk wechatwork"), new TextSpan(".")];

    public override string SourcesDisagree(string? name, int others) =>
        $"Careful: the sources disagree on {(name is null ? "this figure" : $"{name}’s figure")}; {(others == 1 ? "another gives" : "others give")}:";

    public override string DigestHeading(DateOnly date) => $"KrBot digest, {Date(date)}";

    public override string DigestWelcome => "Welcome to your daily digest. From tomorrow, facts added to the fact base appear here first.";

    public override string NothingNew => "Nothing new in the fact base since your last digest.";

    public override string NewInFactBase => "New in the fact base:";

    public override string MoreNew(int more) => $"…and {Count(more)} more; ask about a name to see them.";

    public override string StatOfTheDay => "Stat of the day:";

    public override string ComparisonHeading => "Comparison:";

    public override string SuggestionsHeading => "Try:";

    public override string SourcesLabel => "Sources";
}
