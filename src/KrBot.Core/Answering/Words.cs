namespace KrBot.Core.Answering;

/// <summary>
/// Small counts spelled out in running text ("two more"), so that the only digits in an answer are figures
/// from the fact base, which the number guard can check.
/// </summary>
public static class Words
{
    private static readonly string[] Small = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static string Count(int n) => n >= 0 && n < Small.Length ? Small[n] : "many";

    /// <summary>"A, B and C".</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }
}
