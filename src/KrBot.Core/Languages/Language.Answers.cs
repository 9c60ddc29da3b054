using KrBot.Core.Answering;

namespace KrBot.Core.Languages;

/// <summary>The sentences of answers and digests. Names, figures and dates come in already written in this language.</summary>
public abstract partial class Language
{
    // One entity.
    public abstract string NoFactsYet(string name);

    public abstract string MoreItems(int more);

    public abstract string NoFigureInYear(string metric, string name, int year, string? dateWeHave);

    public abstract string ClosestMeasure(string metric, string name, string closest);

    public abstract string ForecastCaution { get; }

    public abstract string EarlierFigures { get; }

    public abstract string MoreEarlier(int more, string name, string metricWord, int year);

    public abstract string RelatedCaution { get; }

    public abstract string MoreRelated(int more, string entityId);

    public abstract string NoDatedFacts(string name);

    public abstract string NoDateGiven(string name);

    public abstract string NoOwner(string name);

    public abstract string TiedTo(string name);

    // Guidance.
    public abstract string Scope { get; }

    public abstract string Hello { get; }

    public abstract Span[] TypeHelp();

    public abstract string CommandsHeading { get; }

    public abstract string OneCommandPerName { get; }

    public abstract string AskExamplesIntro { get; }

    /// <summary>Example questions (the parser must understand each).</summary>
    public abstract IReadOnlyList<string> Examples { get; }

    public abstract string SourcesIntro { get; }

    public abstract string DidYouMean(IEnumerable<string> names);

    public abstract string UnknownMeasure(string term, string name);

    public abstract string NoDescription(string name);

    public abstract string AlsoSays { get; }

    public abstract string NothingOn(string metric, string name);

    public abstract string NothingForAnything(string metric);

    /// <summary>"Which one do you mean? I have total users for DingTalk and WeChat, and user accounts for WeChat Work."</summary>
    public abstract string WhichOne(IEnumerable<(string Metric, IReadOnlyList<string> Names)> offers);

    public abstract string NothingOnTerm(string term);

    public abstract string DontKnow { get; }

    public abstract string CanTellAbout(IEnumerable<string> names);

    public abstract Span[] UnknownCommand(string command);

    public abstract string Versus(string a, string b);

    public abstract string AllOn(string name);

    public abstract string NoFactsOn(string name);

    public abstract string WhatIHave(string name, IEnumerable<string> metrics);

    // Comparisons.
    public abstract string NoFigureFor(string name, string metric);

    public abstract string NothingToCompare { get; }

    /// <summary>The computed ratio, labelled, with both inputs named; the ratio itself goes in a <see cref="ComputedSpan"/>.</summary>
    public abstract Span[] Ratio(string bigFigure, string smallFigure, string bigName, string smallName, ComputedSpan ratio);

    /// <summary>"5 times" / "5倍".</summary>
    public abstract string Times(string ratio);

    public abstract string DifferentThings(IEnumerable<(string Metric, string Name)> measures);

    public abstract string UndatedCaution { get; }

    public abstract string DifferentDates(IEnumerable<string> dates);

    public abstract string ForecastInComparison { get; }

    public abstract string NothingOnMetric(string name, string metric);

    public abstract Span[] CompareUsage();

    /// <summary>The lead of a disagreement between sources; <paramref name="name"/> is null when the subject is clear.</summary>
    public abstract string SourcesDisagree(string? name, int others);

    // Digests.
    public abstract string DigestHeading(DateOnly date);

    public abstract string DigestWelcome { get; }

    public abstract string NothingNew { get; }

    public abstract string NewInFactBase { get; }

    public abstract string MoreNew(int more);

    public abstract string StatOfTheDay { get; }

    public abstract string ComparisonHeading { get; }

    public abstract string SourcesLabel { get; }

    /// <summary>Before the numbered follow-ups in the terminal.</summary>
    public abstract string SuggestionsHeading { get; }
}
