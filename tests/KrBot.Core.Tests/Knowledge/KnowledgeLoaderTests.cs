using KnowledgeLoadResult = KrBot.Core.Knowledge.KnowledgeLoadResult;
using KnowledgeLoader = KrBot.Core.Knowledge.KnowledgeLoader;
using KnowledgeProblem = KrBot.Core.Knowledge.KnowledgeProblem;

namespace KrBot.Core.Tests.Knowledge;

public sealed class KnowledgeLoaderTests : IDisposable
{
    private const string Sources = """
        - id: article
          title: A title
          publisher: A publisher
        """;

    private const string Entities = """
        - id: dingtalk
          kind: product
          name: DingTalk
          aliases: [DingTalk, 钉钉]
        - id: lark
          kind: product
          name: Lark
          aliases: [Feishu]
        """;

    private const string Metrics = """
        - id: users
          name: total users
          kind: count
          unit: users
          aliases: [users]
        """;

    private const string GoodFact = """
        - id: dingtalk-users
          entity: dingtalk
          metric: users
          value: 300
          scale: million
          as_of: 2020-03-31
          source: article
          quote: "300 million users"
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_BundledFactBase_HasEverySeedFigureSourced()
    {
        var facts = BundledKnowledge.Facts;

        foreach (var figure in new[] { "300 million", "60 million", "250 million", "220 million", "1.2 billion", "USD 6.4 billion", "one-fifth" })
            Assert.Contains(facts.Facts, f => f.HasFigure && (f.Quantity?.Format() ?? f.Words) == figure);
        Assert.All(facts.Facts, f => Assert.False(string.IsNullOrWhiteSpace(f.Quote)));
        Assert.All(facts.Facts, f => Assert.Equal("krasia-wechat-work-key-stat", f.SourceId));
    }

    [Fact]
    public void Load_ValidFolder_Succeeds()
    {
        var result = Load(GoodFact);

        Assert.Empty(result.Problems);
        Assert.Equal("300 million", result.FactBase!.Facts.Single().Quantity!.Format());
    }

    [Fact]
    public void Load_UnknownEntity_NamesFileAndLine()
    {
        var result = Load(GoodFact.Replace("entity: dingtalk", "entity: dingtak"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("facts.yaml:2: unknown entity “dingtak”", Relative(problem));
        Assert.Null(result.FactBase);
    }

    [Fact]
    public void Load_FactWithoutSource_IsAnError()
    {
        var result = Load(GoodFact.Replace("  source: article\n", ""));

        Assert.Contains(result.Problems, p => Relative(p) == "facts.yaml:1: missing “source”");
    }

    [Fact]
    public void Load_UnknownSource_IsAnError()
    {
        var result = Load(GoodFact.Replace("source: article", "source: blog"));

        Assert.Contains(result.Problems, p => p.Message == "unknown source “blog”");
    }

    [Fact]
    public void Load_DuplicateFactId_PointsAtTheSecondAndNamesTheFirst()
    {
        var result = Load(GoodFact + "\n" + GoodFact);

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("facts.yaml:9: duplicate fact id “dingtalk-users” (first defined at ", Relative(problem));
    }

    [Fact]
    public void Load_MalformedDate_PointsAtTheDateLine()
    {
        var result = Load(GoodFact.Replace("2020-03-31", "2020-02-30"));

        Assert.Equal("facts.yaml:6: “2020-02-30” is not a real date", Relative(Assert.Single(result.Problems)));
    }

    [Fact]
    public void Load_AliasClaimedByTwoEntities_IsAnError()
    {
        var result = Load(GoodFact, entities: Entities.Replace("aliases: [Feishu]", "aliases: [Feishu, Ding Talk]"));

        Assert.Contains(result.Problems, p => p.Message.Contains("“Ding Talk” of entity lark is also claimed by entity dingtalk", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MisspelledField_IsOneProblemThatNamesTheFieldMeant()
    {
        var result = Load(GoodFact.Replace("  quote:", "  qoute:"));

        Assert.Equal("facts.yaml:8: unknown field “qoute”: did you mean “quote”?", Relative(Assert.Single(result.Problems)));
    }

    [Fact]
    public void Load_UnknownFieldLikeNoMissingOne_IsReportedAsUnknown()
    {
        var result = Load(GoodFact + "\n  colour: blue\n");

        Assert.Equal("facts.yaml:9: unknown field “colour”", Relative(Assert.Single(result.Problems)));
    }

    [Fact]
    public void Load_ValueAndStatementTogether_IsAnError()
    {
        var result = Load(GoodFact + "\n  statement: Also words.\n");

        Assert.Contains(result.Problems, p => p.Message.Contains("exactly one of", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_InvalidYaml_ReportsTheLine()
    {
        var result = Load(GoodFact + "\n- id: [unclosed\n");

        // The parser notices the unclosed bracket at the end of the file; the problem is where it was opened.
        Assert.Equal("facts.yaml:9: this “[” is never closed: end the list with “]”", Relative(Assert.Single(result.Problems)));
    }

    [Fact]
    public void Load_EntityIdThatCannotBeACommand_IsAnError()
    {
        var result = Load(GoodFact, entities: Entities.Replace("id: lark", "id: Lark-Suite"));

        Assert.Contains(result.Problems, p => p.Message.Contains("“Lark-Suite” is also its command", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingFolder_SaysSo()
    {
        var result = KnowledgeLoader.Load(Path.Combine(_folder.Path, "nope"));

        Assert.Equal("the fact base folder does not exist", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Load_FactsSplitAcrossFolder_AreAllRead()
    {
        _folder.Write("facts/more.yaml", GoodFact.Replace("dingtalk-users", "second").Replace("entity: dingtalk", "entity: lark"));

        var result = Load(GoodFact);

        Assert.Equal(2, result.FactBase!.Facts.Count);
    }

    private KnowledgeLoadResult Load(string facts, string? entities = null)
    {
        _folder.Write("sources.yaml", Sources);
        _folder.Write("entities.yaml", entities ?? Entities);
        _folder.Write("metrics.yaml", Metrics);
        _folder.Write("facts.yaml", facts);
        return KnowledgeLoader.Load(_folder.Path);
    }

    private string Relative(KnowledgeProblem problem) => problem.ToString().Replace(_folder.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
}
