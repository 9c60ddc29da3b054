namespace KrBot.Benchmarks.Harness;

internal static class Stats
{
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The repository root (where KrBot.sln is), found from the binary's folder.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KrBot.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("run the harness from inside the repository");
    }
}
