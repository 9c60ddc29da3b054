namespace KrBot.Core.Understanding;

/// <summary>A normalized word of a question, or a run of Han characters (Chinese has no spaces to split on).</summary>
public readonly record struct Token(string Text, bool IsHan)
{
    public static List<Token> Split(string normalized)
    {
        var tokens = new List<Token>();
        foreach (var part in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var isHan = TextNormalizer.IsHan(part[0]);
            // "企业 微信" is one name typed with a space: join neighbouring Han runs.
            if (isHan && tokens.Count > 0 && tokens[^1].IsHan) tokens[^1] = new Token(tokens[^1].Text + part, true);
            else tokens.Add(new Token(part, isHan));
        }

        return tokens;
    }
}
