using KrBot.Core.Answering;
using KrBot.Core.Knowledge;
using KrBot.Core.Understanding;
using KrBot.Telegram.Rendering;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace KrBot.Telegram.Inline;

/// <summary>
/// The cards shown for "@bot query": each one answer (a figure, a comparison, a profile) with the figure as its
/// title, the date and source as its description, and the cited HTML answer as the message posted when it is chosen.
/// The answer to the query itself comes first, then each named entity's figures and profile, then their comparison.
/// An empty query shows the headline figures; a query the fact base cannot answer gets one card that says so.
/// </summary>
internal sealed class InlineResults(Answerer answerer)
{
    /// <summary>Telegram takes at most 50 results per answer.</summary>
    public const int MaxResults = 50;

    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    private FactBase Facts => answerer.Facts;

    public IReadOnlyList<InlineQueryResultArticle> For(string query)
    {
        var answers = query.Trim().Length == 0 ? Headlines() : Search(query);
        return answers
            .Select(a => (Answer: a, Messages: TelegramRenderer.Render(a, 0, null)))
            // A card posts one message: an answer too long for one is left out (its parts are cards of their own).
            .Where(a => a.Messages.Count == 1)
            .DistinctBy(a => a.Messages[0].Html)
            .Take(MaxResults)
            .Select((a, i) => Card(i, a.Answer, a.Messages[0].Html))
            .ToList();
    }

    /// <summary>The comparison people ask most, then every entity's figures in the curators' order.</summary>
    private IEnumerable<Answer> Headlines()
    {
        var compared = Facts.Entities.Where(e => Facts.FactsAbout(e.Id).Any(f => f.Quantity is not null)).Take(2).Select(e => e.Id).ToList();
        if (compared.Count == 2) yield return answerer.Answer(new Query("", Intent.Compare, compared, null, null, 1, [], null));
        foreach (var entity in Facts.Entities)
        {
            foreach (var answer in FiguresOf(entity.Id)) yield return answer;
        }
    }

    private IEnumerable<Answer> Search(string text)
    {
        var asked = answerer.Ask(text);
        var entities = asked.Query.Intent is Intent.Clarify or Intent.OutOfScope or Intent.UnknownCommand ? [] : asked.Query.EntityIds.Take(3).ToList();
        if (asked.Citations.Count > 0 || entities.Count == 0) yield return asked;
        foreach (var entity in entities)
        {
            foreach (var answer in FiguresOf(entity)) yield return answer;
            yield return answerer.Answer(new Query(entity, Intent.Overview, [entity], null, null, 1, [], null));
        }

        if (entities.Count >= 2) yield return answerer.Answer(new Query(text, Intent.Compare, entities, null, null, 1, [], null));
    }

    /// <summary>One answer per measure the entity has a number or words for.</summary>
    private IEnumerable<Answer> FiguresOf(string entityId) =>
        Facts.FactsAbout(entityId).Where(f => f.HasFigure).Select(f => f.MetricId).Distinct()
            .Select(metric => answerer.Answer(new Query(metric, Intent.Metric, [entityId], metric, null, 1, [], null)));

    private InlineQueryResultArticle Card(int index, Answer answer, string html) =>
        new(index.ToString(System.Globalization.CultureInfo.InvariantCulture), Title(answer), new InputTextMessageContent(html) { ParseMode = ParseMode.Html, LinkPreviewOptions = NoPreview })
        {
            Description = Description(answer),
        };

    /// <summary>The figures stated ("DingTalk: 300 million users"; two for a comparison), else the answer's first line.</summary>
    private string Title(Answer answer)
    {
        var figures = Figures(answer).ToList();
        var words = answer.Language;
        var title = answer.Query.Intent == Intent.Overview && figures.Count > 0
            ? $"{words.Name(Facts.Entity(answer.Query.EntityIds[0]))}: what I have ({string.Join(", ", figures.Select(words.Figure).Take(3))})"
            : figures.Count > 0
                ? string.Join(" · ", figures.Take(3).Select(f => $"{words.Name(Facts.Entity(f.EntityId))}: {words.Figure(f)} {Unit(f)}"))
                : answer.Paragraphs.FirstOrDefault()?.PlainText ?? "";
        return Shorten(title, 120);
    }

    /// <summary>When and from where: "31 March 2020* · KrASIA"; an answer that states no fact says so.</summary>
    private string Description(Answer answer)
    {
        var dates = Figures(answer).Select(f => f.AsOf.IsDated ? FactPhrases.DateOf(answer.Language, f) : answer.Language.Undated).Distinct().ToList();
        var sources = answer.Citations.Select(c => c.Source.Publisher).Distinct().ToList();
        if (sources.Count == 0) return "No cited figure: this says what I do not know";
        return Shorten(string.Join(" · ", dates.Count > 0 ? [string.Join(", ", dates), .. sources] : sources), 200);
    }

    private IEnumerable<Fact> Figures(Answer answer) =>
        answer.Paragraphs.SelectMany(p => p.Spans).OfType<FigureSpan>().Select(s => Facts.FindFact(s.FactId)).OfType<Fact>().Where(f => f.HasFigure).DistinctBy(f => f.Id);

    private string Unit(Fact fact) => Facts.Metric(fact.MetricId) is { Kind: MetricKind.Count, Unit: { } unit } ? unit : Facts.Metric(fact.MetricId).Name;

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
