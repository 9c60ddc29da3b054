using KrBot.Core.Knowledge;
using FuzzyProcess = FuzzySharp.Process;

namespace KrBot.Benchmarks;

/// <summary>
/// The baseline we measure against: FuzzySharp's Process.ExtractOne of the whole question over every alias, with
/// its defaults (ASCII-only preprocessing, WeightedRatio, no cutoff). It always names some entity.
/// </summary>
internal sealed class NaiveMatcher(FactBase facts)
{
    private readonly string[] _aliases = facts.Entities.SelectMany(e => e.Aliases.Concat(e.ExactAliases).Append(e.Name)).ToArray();
    private readonly string[] _owners = facts.Entities.SelectMany(e => e.Aliases.Concat(e.ExactAliases).Append(e.Name).Select(_ => e.Id)).ToArray();

    public string? Match(string question)
    {
        var best = FuzzyProcess.ExtractOne(question, _aliases);
        return best is null ? null : _owners[best.Index];
    }
}
