using System.Text.RegularExpressions;
using KrBot.Core.Understanding;

namespace KrBot.Core.Knowledge;

/// <summary>Checks that hold across files: ids unique and known, every fact sourced, aliases unambiguous.</summary>
internal static partial class KnowledgeValidator
{
    /// <summary>Commands the bot owns; an entity with one of these ids would shadow it.</summary>
    public static readonly IReadOnlySet<string> ReservedCommands = new HashSet<string>(StringComparer.Ordinal)
    {
        "start", "help", "compare", "sources", "subscribe", "unsubscribe", "digest", "settings", "subscription", "ask",
    };

    public static void Validate(
        List<(Source Source, YamlRecord Record)> sources,
        List<(Entity Entity, YamlRecord Record)> entities,
        List<(Metric Metric, YamlRecord Record)> metrics,
        List<Fact> facts,
        List<KnowledgeProblem> problems)
    {
        var sourceIds = UniqueIds(sources.Select(s => (s.Source.Id, s.Record.Location)), "source", problems);
        var entityIds = UniqueIds(entities.Select(e => (e.Entity.Id, e.Record.Location)), "entity", problems);
        var metricIds = UniqueIds(metrics.Select(m => (m.Metric.Id, m.Record.Location)), "metric", problems);
        UniqueIds(facts.Select(f => (f.Id, f.Location)), "fact", problems);

        foreach (var (entity, record) in entities)
        {
            if (entity.Id.Length > 0 && !CommandName().IsMatch(entity.Id))
                problems.Add(new(record.LocationOf("id"), $"entity id “{entity.Id}” is also its command: use only a-z, 0-9 and _ (at most 32)"));
            if (ReservedCommands.Contains(entity.Id))
                problems.Add(new(record.LocationOf("id"), $"entity id “{entity.Id}” would hide the /{entity.Id} command"));
            if (entity.OwnerId is { } owner && !entityIds.Contains(owner))
                problems.Add(new(record.LocationOf("owner"), $"unknown owner “{owner}”"));
        }

        CheckAliases(entities, metrics, problems);

        foreach (var fact in facts)
        {
            Require(fact.EntityId, entityIds, "entity", fact.Location, problems);
            foreach (var also in fact.AlsoEntityIds) Require(also, entityIds, "entity", fact.Location, problems);
            if (fact.ObjectEntityId is { } obj) Require(obj, entityIds, "entity", fact.Location, problems);
            Require(fact.SourceId, sourceIds, "source", fact.Location, problems);
            if (!Require(fact.MetricId, metricIds, "metric", fact.Location, problems)) continue;

            var metric = metrics.First(m => m.Metric.Id == fact.MetricId).Metric;
            var isStatement = metric.Kind == MetricKind.Statement;
            if (isStatement && fact.HasFigure)
                problems.Add(new(fact.Location, $"metric “{metric.Id}” takes a statement, not a figure"));
            if (!isStatement && fact.Statement is not null)
                problems.Add(new(fact.Location, $"metric “{metric.Id}” takes a value (or words), not a statement"));
            if (metric.Kind == MetricKind.Money && fact.Quantity is { Currency: null })
                problems.Add(new(fact.Location, $"metric “{metric.Id}” is money: give a “currency”"));
        }
    }

    private static HashSet<string> UniqueIds(IEnumerable<(string Id, SourceLocation Location)> items, string what, List<KnowledgeProblem> problems)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (id, location) in items)
        {
            if (id.Length == 0) continue;
            if (seen.TryGetValue(id, out var first))
                problems.Add(new(location, $"duplicate {what} id “{id}” (first defined at {first})"));
            else seen[id] = location;
        }

        return seen.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private static bool Require(string id, HashSet<string> known, string what, SourceLocation location, List<KnowledgeProblem> problems)
    {
        if (id.Length == 0 || known.Contains(id)) return id.Length > 0;
        problems.Add(new(location, $"unknown {what} “{id}”"));
        return false;
    }

    /// <summary>An alias (as the matcher sees it) may name one thing only, or a question could not be answered safely.</summary>
    private static void CheckAliases(List<(Entity Entity, YamlRecord Record)> entities, List<(Metric Metric, YamlRecord Record)> metrics, List<KnowledgeProblem> problems)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        void Claim(string alias, string owner, SourceLocation location)
        {
            var key = TextNormalizer.AliasKey(alias);
            if (key.Length == 0)
            {
                problems.Add(new(location, $"alias “{alias}” has no letters or digits"));
                return;
            }

            // Metrics may share a word ("listed"): the parser picks the one the named entity has facts for.
            if (owners.TryGetValue(key, out var other) && other != owner && !(other.StartsWith("metric", StringComparison.Ordinal) && owner.StartsWith("metric", StringComparison.Ordinal)))
                problems.Add(new(location, $"alias “{alias}” of {owner} is also claimed by {other}"));
            else owners[key] = owner;
        }

        foreach (var (entity, record) in entities)
        {
            foreach (var alias in entity.Aliases.Concat(entity.ExactAliases).Append(entity.Name).Append(entity.Id))
                Claim(alias, $"entity {entity.Id}", record.LocationOf("aliases"));
        }

        foreach (var (metric, record) in metrics)
        {
            foreach (var alias in metric.Aliases) Claim(alias, $"metric {metric.Id}", record.LocationOf("aliases"));
        }
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
