using KrBot.Core.Understanding;

namespace KrBot.Core.Knowledge;

/// <summary>
/// The Chinese fields are translations, checked like the rest: written in Chinese, beside the field they translate,
/// stating no number that field, the quote or the fact's date does not give, and (for names) among the aliases,
/// so that people can ask by the name the bot answers with.
/// </summary>
internal static class ChineseTextChecks
{
    public static void Check(KnowledgeParts parts)
    {
        foreach (var (entity, record) in parts.Entities)
        {
            if (entity.NameZhHant is not null && entity.NameZh is null)
                record.Report("name_zh_hant", "“name_zh_hant” is the traditional form of “name_zh”: give “name_zh” too");
            foreach (var (key, name) in new[] { ("name_zh", entity.NameZh), ("name_zh_hant", entity.NameZhHant) })
            {
                if (name is null || !IsChinese(record, key, name)) continue;
                if (!entity.Aliases.Concat(entity.ExactAliases).Any(a => TextNormalizer.AliasKey(a) == TextNormalizer.AliasKey(name)))
                    record.Report(key, $"“{name}” is not among the aliases: add it, so that people can ask by the name the bot answers with");
            }
        }

        foreach (var (metric, record) in parts.Metrics)
        {
            if (metric.NameZh is { } name) IsChinese(record, "name_zh", name);
            if (metric.UnitZh is { } unit) IsChinese(record, "unit_zh", unit);
        }

        foreach (var (fact, record) in parts.Facts)
        {
            Translation(record, fact, "statement", fact.Statement, fact.StatementZh);
            Translation(record, fact, "words", fact.Words, fact.WordsZh);
            Translation(record, fact, "note", fact.Note, fact.NoteZh);
            Translation(record, fact, "said_by", fact.SaidBy, fact.SaidByZh);
        }
    }

    private static void Translation(YamlRecord record, Fact fact, string englishKey, string? english, string? chinese)
    {
        var key = englishKey + "_zh";
        if (chinese is null) return;
        if (english is null)
        {
            record.Report(key, $"“{key}” translates “{englishKey}”, which this fact does not have");
            return;
        }

        if (!IsChinese(record, key, chinese)) return;
        // A date written in Chinese names its month by number (2020年3月): the fact's own date backs those.
        var backed = NumberTokens.In(english).Concat(NumberTokens.In(fact.Quote)).Select(t => t.Value)
            .Concat(new[] { fact.AsOf.Year, fact.AsOf.Month, fact.AsOf.Day, fact.AsOf.Period }.Where(n => n > 0).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToHashSet(StringComparer.Ordinal);
        var added = NumberTokens.In(chinese).Where(t => !backed.Contains(t.Value)).Select(t => $"“{t.Text}”").Distinct().ToList();
        if (added.Count > 0)
            record.Report(key, $"“{key}” gives {string.Join(", ", added)}, which neither “{englishKey}” nor the quote gives: a translation adds nothing");
    }

    private static bool IsChinese(YamlRecord record, string key, string text)
    {
        if (text.Any(TextNormalizer.IsHan)) return true;
        record.Report(key, $"“{key}” must be written in Chinese: “{text}” has no Chinese characters");
        return false;
    }
}
