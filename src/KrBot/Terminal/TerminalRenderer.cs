using System.Text;
using KrBot.Core.Answering;

namespace KrBot.Terminal;

/// <summary>An answer as terminal text: the plain text, then the follow-ups numbered so a reply of "1" picks one.</summary>
internal static class TerminalRenderer
{
    public static string Render(Answer answer)
    {
        var sb = new StringBuilder(answer.ToPlainText());
        if (answer.Suggestions.Count > 0)
        {
            sb.Append("\n\n").Append(answer.Language.Script(answer.Language.SuggestionsHeading));
            for (var i = 0; i < answer.Suggestions.Count; i++) sb.Append($"\n  {i + 1}) {answer.Suggestions[i].Label}: {answer.Suggestions[i].Question}");
        }

        return sb.ToString();
    }
}
