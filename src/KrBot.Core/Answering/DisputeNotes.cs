using KrBot.Core.Knowledge;

namespace KrBot.Core.Answering;

/// <summary>
/// When sources give different figures for the same thing and date, the answer says they disagree and shows each
/// other figure with its own citation, rather than passing it off as a different measure.
/// </summary>
internal static class DisputeNotes
{
    public static void Add(AnswerBuilder answer, Fact figure, IReadOnlyList<Fact> disagreeing, bool withSubject)
    {
        if (disagreeing.Count == 0) return;
        var name = withSubject ? answer.Language.Name(answer.Facts.Entity(figure.EntityId)) : null;
        answer.Text(answer.Language.SourcesDisagree(name, disagreeing.Count), ParagraphStyle.Caution);
        foreach (var other in disagreeing) answer.Add(ParagraphStyle.Item, FactPhrases.Sentence(answer, other, withSubject));
    }
}
