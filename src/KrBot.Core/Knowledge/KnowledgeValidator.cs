using System.Text.RegularExpressions;
using KrBot.Core.Understanding;

namespace KrBot.Core.Knowledge;

/// <summary>
/// Checks that hold across files: ids unique and known, every fact sourced, aliases unambiguous, figures of the
/// kind their metric measures; then what the facts mean (<see cref="FactMeaningChecks"/>, <see cref="FactAgreementChecks"/>).
/// </summary>
internal static partial class KnowledgeValidator
{
    /// <summary>Commands the bot owns; an entity with one of these ids would shadow it.</summary>
    public static readonly IReadOnlySet<string> ReservedCommands = new HashSet<string>(StringComparer.Ordinal)
    {
        "start", "help", "compare", "sources", "subscribe", "unsubscribe", "digest", "settings", "subscription", "ask", "lang",
    };

    public static void Validate(KnowledgeParts parts, List<KnowledgeProblem> problems)
    {
        var sourceIds = UniqueIds(parts.Sources.Select(s => (s.Source.Id, s.Record.Location)), "source", problems);
        var entityIds = UniqueIds(parts.Entities.Select(e => (e.Entity.Id, e.Record.Location)), "entity", problems);
        var metricIds = UniqueIds(parts.Metrics.Select(m => (m.Metric.Id, m.Record.Location)), "metric", problems);
        UniqueIds(parts.Facts.Select(f => (f.Fact.Id, f.Record.Location)), "fact", problems);
        var entitiesKnown = parts.AllIdsKnown("entities");

        foreach (var (entity, record) in parts.Entities)
        {
            if (entity.Id.Length > 0 && !CommandName().IsMatch(entity.Id))
                record.Report("id", $"entity id “{entity.Id}” is also its command: use only a-z, 0-9 and _ (at most 32)");
            if (ReservedCommands.Contains(entity.Id))
                record.Report("id", $"entity id “{entity.Id}” would hide the /{entity.Id} command");
            if (entitiesKnown && entity.OwnerId is { } owner && !entityIds.Contains(owner))
                record.Report("owner", $"unknown owner “{owner}”");
        }

        CheckAliases(parts.Entities, parts.Metrics, problems);

        // Each field that names another record: the kind that defines it, and the ids it holds.
        var references = new (string Key, string Kind, HashSet<string> Ids, Func<Fact, IEnumerable<string>> Of)[]
        {
            ("entity", "entities", entityIds, f => [f.EntityId]),
            ("object", "entities", entityIds, f => f.ObjectEntityId is { } o ? [o] : []),
            ("also", "entities", entityIds, f => f.AlsoEntityIds),
            ("source", "sources", sourceIds, f => [f.SourceId]),
            ("metric", "metrics", metricIds, f => [f.MetricId]),
        };
        foreach (var (fact, record) in parts.Facts)
        {
            foreach (var (key, kind, ids, of) in references.Where(r => parts.AllIdsKnown(r.Kind)))
            {
                var what = key is "object" or "also" ? "entity" : key;
                foreach (var id in of(fact).Where(id => id.Length > 0 && !ids.Contains(id)).Distinct())
                    record.Report(key, $"unknown {what} “{id}”");
            }
        }

        var metrics = parts.Metrics.Where(m => !m.Record.HasProblems).GroupBy(m => m.Metric.Id).ToDictionary(g => g.Key, g => g.First().Metric);
        foreach (var (fact, record) in parts.Facts)
        {
            if (metrics.GetValueOrDefault(fact.MetricId) is { } metric) CheckKind(fact, record, metric);
        }

        FactMeaningChecks.Check(parts.Facts, metrics);
        ChineseTextChecks.Check(parts);
        FactAgreementChecks.Check(parts.Facts, parts.AllIdsKnown("facts"));
    }

    /// <summary>The figure (or statement) a fact gives must be the kind its metric measures.</summary>
    private static void CheckKind(Fact fact, YamlRecord record, Metric metric)
    {
        var isStatement = metric.Kind == MetricKind.Statement;
        if (isStatement && fact.HasFigure)
            record.Report("metric", $"metric “{metric.Id}” takes a statement, not a figure");
        if (!isStatement && fact.Statement is not null)
            record.Report("metric", $"metric “{metric.Id}” takes a value (or words), not a statement");
        if (metric.Kind == MetricKind.Money && fact.Quantity is { Currency: null })
            record.Report("value", $"metric “{metric.Id}” is money: give a “currency”");
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
            // A missing id or name is reported already; it claims nothing.
            foreach (var alias in entity.Aliases.Concat(entity.ExactAliases).Append(entity.Name).Append(entity.Id).Where(a => a.Length > 0))
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
