namespace KrBot.Core.Tests.Knowledge;

/// <summary>A malformed field is one problem on its own line, never also the problems it would cause downstream.</summary>
public sealed class KnowledgeRecordReaderTests : IDisposable
{
    private readonly KnowledgeFolder _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void Load_ValueInWords_IsOneProblem()
    {
        _kb.Replace("facts.yaml", "value: 300\n", "value: three hundred\n");

        // Not also "“scale” needs a “value”" and "a fact needs exactly one of …": the value is there, only wrong.
        Assert.Equal([_kb.At("facts.yaml", "three hundred", "“value” must be a number (300, 6.4), not “three hundred”; a figure the source gives only in words goes in “words”")], _kb.Problems());
    }

    [Fact]
    public void Load_ValueWithItsScaleWord_SaysHowToSplitIt()
    {
        _kb.Replace("facts.yaml", "value: 300\n", "value: 300 million\n");

        Assert.Equal([_kb.At("facts.yaml", "300 million\n", "“value” must be a number: write “value: 300” and “scale: million”, not “300 million”")], _kb.Problems());
    }

    [Theory]
    [InlineData("millions")]
    [InlineData("2")]
    public void Load_UnknownScale_IsOneProblem(string scale)
    {
        _kb.Replace("facts.yaml", "scale: million\n  as_of: 2020-03-31", $"scale: {scale}\n  as_of: 2020-03-31");

        Assert.Equal([_kb.At("facts.yaml", $"scale: {scale}\n", $"unknown scale “{scale}”; use thousand, million or billion")], _kb.Problems());
    }

    [Fact]
    public void Load_EntityKindGivenAsANumber_IsUnknown()
    {
        _kb.Replace("entities.yaml", "  kind: product", "  kind: 0");

        Assert.Equal([_kb.At("entities.yaml", "kind: 0", "unknown kind “0”; use product, company, organisation, market or person")], _kb.Problems());
    }

    [Fact]
    public void Load_ScaleWithoutValue_PointsAtTheScale()
    {
        _kb.Replace("facts.yaml", "  words: one-fifth\n", "  words: one-fifth\n  scale: thousand\n");

        Assert.Equal([_kb.At("facts.yaml", "scale: thousand", "“scale” and “currency” need a “value”")], _kb.Problems());
    }

    [Fact]
    public void Load_EntityWithMisspeltId_DoesNotMakeEveryFactThatNamesItAProblem()
    {
        _kb.Replace("entities.yaml", "- id: dingtalk", "- di: dingtalk");

        Assert.Equal([_kb.At("entities.yaml", "di: dingtalk", "unknown field “di”: did you mean “id”?")], _kb.Problems());
    }
}
