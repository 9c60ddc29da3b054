namespace KrBot.Core.Tests.Knowledge;

/// <summary>
/// YAML mistakes in the real fact files: each gives exactly one problem, on the line a person has to fix, and no
/// follow-on problems in the files that refer to what the broken file defines.
/// </summary>
public sealed class FactFileParserTests : IDisposable
{
    private readonly KnowledgeFolder _kb = new();

    public void Dispose() => _kb.Dispose();

    [Theory]
    [InlineData("entities.yaml", "aliases: [Baidu, 百度]", "aliases: [Baidu, 百度", "this “[” is never closed: end the list with “]”")]
    [InlineData("facts.yaml", "metric: users", "metric: [users", "this “[” is never closed: end the list with “]”")]
    [InlineData("facts.yaml", "value: 300", "value: {300", "this “{” is never closed: end it with “}”")]
    [InlineData("metrics.yaml", "aliases: [users,", "aliases: [[users,", "this “[” is never closed: end the list with “]”")]
    public void Load_MissingClosingBracket_PointsAtTheOpeningOne(string file, string good, string broken, string message)
    {
        _kb.Replace(file, good, broken);

        Assert.Equal([_kb.At(file, broken, message)], _kb.Problems());
    }

    [Fact]
    public void Load_YamlErrorInEntities_IsOneProblemNotOnePerFactThatNamesAnEntity()
    {
        _kb.Replace("entities.yaml", "  kind: company\n  name: Tencent", "  kind: company\n name: Tencent");

        Assert.Equal([_kb.At("entities.yaml", " name: Tencent", "this line does not line up with the lines around it: indent each field of an entry like its other fields")], _kb.Problems());
    }

    [Fact]
    public void Load_DeepNesting_IsReportedNotAStackOverflow()
    {
        _kb.Append("facts.yaml", "\n- x: " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        Assert.Equal([_kb.At("facts.yaml", "- x: [", "nested more than 20 levels deep: a fact file is a list of entries whose fields hold values or lists of values")], _kb.Problems());
    }

    [Fact]
    public void Load_TabInIndentation_IsReportedOnItsOwnLine()
    {
        _kb.Replace("entities.yaml", "  kind: product\n  name: DingTalk", "\tkind: product\n  name: DingTalk");

        Assert.Equal([_kb.At("entities.yaml", "\tkind", "a tab in the indentation: YAML indents with spaces only")], _kb.Problems());
    }

    [Fact]
    public void Load_FieldGivenTwice_NamesTheSecond()
    {
        _kb.Replace("facts.yaml", "  scale: million\n", "  scale: million\n  scale: billion\n");

        Assert.Equal([_kb.At("facts.yaml", "scale: billion", "“scale” is given twice in this entry")], _kb.Problems());
    }

    [Fact]
    public void Load_AliasToAnUndefinedAnchor_PointsAtTheAlias()
    {
        _kb.Replace("facts.yaml", "  said_by: Tencent\n", "  said_by: *tencent\n");

        Assert.Equal([_kb.At("facts.yaml", "*tencent", "“*tencent” refers to no anchor “&tencent” defined above it")], _kb.Problems());
    }

    [Fact]
    public void Load_AnchorsAndAliasesForRepeatedText_AreRead()
    {
        _kb.Replace("facts.yaml", "  said_by: Tencent\n", "  said_by: &tencent Tencent\n").Replace("facts.yaml", "  said_by: Tencent\n", "  said_by: *tencent\n");

        Assert.Empty(_kb.Problems());
    }

    [Fact]
    public void Load_EntryThatContainsItself_IsReported()
    {
        _kb.Append("facts.yaml", "\n- &loop [*loop]\n");

        Assert.Equal([_kb.At("facts.yaml", "&loop", "“*loop” refers to the entry it is part of")], _kb.Problems());
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Load_EmptyFactsFile_IsAnError(string text)
    {
        _kb.Write("facts.yaml", text);

        Assert.Equal(["facts.yaml:1: the file holds no entries: add one (“- id: ...”) or delete the file"], _kb.Problems());
    }

    [Fact]
    public void Load_SecondDocument_IsReportedNotIgnored()
    {
        _kb.Append("sources.yaml", "---\n- id: other\n");

        Assert.Equal([_kb.At("sources.yaml", "- id: other", "a second document (after “---”) would be ignored: keep one list of entries per file")], _kb.Problems());
    }

    [Fact]
    public void Load_FileThatIsNotAList_SaysWhatItMustBe()
    {
        _kb.Write("metrics.yaml", "id: users\nname: total users\n");

        Assert.Equal(["metrics.yaml:1: the file must be a list of entries, each starting with “- id:”"], _kb.Problems());
    }
}
