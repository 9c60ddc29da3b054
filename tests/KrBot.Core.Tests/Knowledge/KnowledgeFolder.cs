using KnowledgeLoadResult = KrBot.Core.Knowledge.KnowledgeLoadResult;
using KnowledgeLoader = KrBot.Core.Knowledge.KnowledgeLoader;

namespace KrBot.Core.Tests.Knowledge;

/// <summary>
/// A copy of the bundled fact base in a temporary folder, to break one thing at a time and load it. Problems come
/// back as the user reads them, with paths relative to the folder: "entities.yaml:45: ...".
/// </summary>
internal sealed class KnowledgeFolder : IDisposable
{
    private readonly TempFolder _folder = new();

    public KnowledgeFolder()
    {
        foreach (var file in Directory.GetFiles(Bundled, "*.yaml")) File.Copy(file, PathOf(Path.GetFileName(file)));
    }

    /// <summary>The bundled fact base, copied beside the tests by the build.</summary>
    public static string Bundled { get; } = Path.Combine(AppContext.BaseDirectory, "knowledge");

    public string Folder => _folder.Path;

    public string PathOf(string name) => Path.Combine(_folder.Path, name);

    public string Text(string name) => File.ReadAllText(PathOf(name));

    /// <summary>Replaces the first occurrence, and fails when there is none, so a test cannot pass by breaking nothing.</summary>
    public KnowledgeFolder Replace(string name, string old, string replacement)
    {
        var text = Text(name);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"“{old}” is not in {name}");
        File.WriteAllText(PathOf(name), text[..at] + replacement + text[(at + old.Length)..]);
        return this;
    }

    public KnowledgeFolder Append(string name, string text)
    {
        File.AppendAllText(PathOf(name), text);
        return this;
    }

    public KnowledgeFolder Write(string name, string text)
    {
        File.WriteAllText(PathOf(name), text);
        return this;
    }

    /// <summary>The 1-based line where the text first appears, for exact file:line assertions that survive seed edits.</summary>
    public int LineOf(string name, string text)
    {
        var all = Text(name);
        var at = all.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"“{text}” is not in {name}");
        return all.AsSpan(0, at).Count('\n') + 1;
    }

    /// <summary>A problem as validate prints it, on the line where <paramref name="text"/> first appears.</summary>
    public string At(string name, string text, string message) => $"{name}:{LineOf(name, text)}: {message}";

    public KnowledgeLoadResult Load() => KnowledgeLoader.Load(_folder.Path);

    public IReadOnlyList<string> Problems() => Load().Problems.Select(p => Relative(p.ToString())).ToList();

    public string Relative(string text) => text.Replace(_folder.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);

    public void Dispose() => _folder.Dispose();
}
