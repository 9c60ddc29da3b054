namespace KrBot.Core.Knowledge;

/// <summary>
/// Checks that facts agree with each other: two figures for the same entity, metric and date (and both forecasts,
/// or both not) must be equal, unless one corrects the other (<c>supersedes</c>) or says the sources disagree
/// (<c>disputes</c>). Otherwise the bot would state one and show the other as if it measured something else.
/// </summary>
internal static class FactAgreementChecks
{
    /// <param name="allIdsKnown">False when a facts file could not be read: a link to an unknown id may be to a fact in it.</param>
    public static void Check(IReadOnlyList<(Fact Fact, YamlRecord Record)> facts, bool allIdsKnown)
    {
        var byId = facts.Where(f => f.Fact.Id.Length > 0).GroupBy(f => f.Fact.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var (fact, record) in facts)
        {
            CheckLinks(fact, record, "supersedes", fact.Supersedes, byId, allIdsKnown);
            CheckLinks(fact, record, "disputes", fact.Disputes, byId, allIdsKnown);
            if (SupersedesItself(fact, byId)) record.Report("supersedes", $"“{fact.Id}” ends up superseding itself: a chain of “supersedes” must not go round");
        }

        var superseded = facts.SelectMany(f => f.Fact.Supersedes).ToHashSet(StringComparer.Ordinal);
        var current = facts.Where(f => !f.Record.HasProblems && f.Fact.Quantity is not null && !superseded.Contains(f.Fact.Id));
        foreach (var group in current.GroupBy(f => (f.Fact.EntityId, f.Fact.MetricId, f.Fact.AsOf, f.Fact.Forecast)))
        {
            var earlier = new List<Fact>();
            foreach (var (fact, record) in group)
            {
                if (earlier.FirstOrDefault(e => Differ(e, fact) && !e.Disputes.Contains(fact.Id) && !fact.Disputes.Contains(e.Id)) is { } other)
                {
                    record.Report("value",
                        $"“{fact.Id}” gives {fact.Quantity!.Format()} and “{other.Id}” ({other.Location}) gives {other.Quantity!.Format()} for the same entity, metric and date: " +
                        $"correct one, or add “supersedes: {other.Id}” (this one corrects it) or “disputes: {other.Id}” (the sources disagree)");
                }

                earlier.Add(fact);
            }
        }
    }

    /// <summary>A link names another fact of the same entity and metric; a dispute, one of the same date that differs.</summary>
    private static void CheckLinks(Fact fact, YamlRecord record, string key, IReadOnlyList<string> ids, Dictionary<string, (Fact Fact, YamlRecord Record)> byId, bool allIdsKnown)
    {
        foreach (var id in ids)
        {
            if (id == fact.Id)
                record.Report(key, $"a fact cannot name itself in “{key}”");
            else if (!byId.TryGetValue(id, out var target))
            {
                if (allIdsKnown) record.Report(key, $"“{key}” names an unknown fact “{id}”");
            }
            else if (target.Fact.EntityId != fact.EntityId || target.Fact.MetricId != fact.MetricId)
                record.Report(key, $"“{id}” is about {target.Fact.EntityId}’s {target.Fact.MetricId}, not {fact.EntityId}’s {fact.MetricId}: “{key}” links facts of the same entity and metric");
            else if (key == "disputes" && (target.Fact.AsOf != fact.AsOf || target.Fact.Forecast != fact.Forecast))
                record.Report(key, $"“{id}” is for {target.Fact.AsOf.Describe()}, this fact for {fact.AsOf.Describe()}: only figures for the same date dispute each other");
            else if (key == "disputes" && target.Fact.Quantity is not null && fact.Quantity is not null && !Differ(target.Fact, fact))
                record.Report(key, $"“{id}” gives the same figure, {fact.Quantity.Format()}: there is nothing to dispute");
        }
    }

    private static bool SupersedesItself(Fact fact, Dictionary<string, (Fact Fact, YamlRecord Record)> byId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var next = new Stack<string>(fact.Supersedes);
        while (next.TryPop(out var id))
        {
            if (id == fact.Id) return fact.Supersedes.All(s => s != fact.Id);
            if (seen.Add(id) && byId.TryGetValue(id, out var target)) foreach (var further in target.Fact.Supersedes) next.Push(further);
        }

        return false;
    }

    private static bool Differ(Fact a, Fact b) =>
        a.Quantity!.Absolute != b.Quantity!.Absolute || Currency(a) != Currency(b);

    private static string? Currency(Fact fact) => fact.Quantity?.Currency is { } c ? QuoteFigures.CurrencyCode(c) : null;
}
