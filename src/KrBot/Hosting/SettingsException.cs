namespace KrBot.Hosting;

/// <summary>Settings a command cannot run with; each problem is one sentence naming its key.</summary>
internal sealed class SettingsException(IReadOnlyList<string> problems)
    : Exception(string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;

    public static void ThrowIfAny(IReadOnlyList<string> problems)
    {
        if (problems.Count > 0) throw new SettingsException(problems);
    }
}
