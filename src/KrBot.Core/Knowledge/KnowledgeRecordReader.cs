using System.Globalization;

namespace KrBot.Core.Knowledge;

/// <summary>Turns one YAML entry into a model record, reporting each field that is missing or malformed.</summary>
internal static class KnowledgeRecordReader
{
    public static Source ReadSource(YamlRecord r)
    {
        var published = r.OptionalString("published");
        DateOnly? date = null;
        if (published is not null)
        {
            if (DateOnly.TryParseExact(published, "yyyy-MM-dd", out var d)) date = d;
            else r.Report("published", $"“published” must be a date like 2020-05-20, not “{published}”");
        }

        var url = r.OptionalString("url");
        Uri? uri = null;
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out uri))
            r.Report("url", $"“url” must be an absolute address, not “{url}”");

        return new Source(r.RequiredString("id"), r.RequiredString("title"), r.RequiredString("publisher"), r.OptionalString("author"), date, uri);
    }

    public static Entity ReadEntity(YamlRecord r)
    {
        var kind = Named<EntityKind>(r, "kind", "product, company, organisation, market or person") ?? default;

        return new Entity(
            r.RequiredString("id"),
            kind,
            r.RequiredString("name"),
            r.OptionalString("owner"),
            r.List("aliases").Select(a => a.Value).ToList(),
            r.List("exact_aliases").Select(a => a.Value).ToList())
        {
            NameZh = r.OptionalString("name_zh"),
            NameZhHant = r.OptionalString("name_zh_hant"),
        };
    }

    public static Metric ReadMetric(YamlRecord r)
    {
        var kind = Named<MetricKind>(r, "kind", "count, money, share or statement") ?? default;

        var id = r.RequiredString("id");
        return new Metric(id, r.RequiredString("name"), r.OptionalString("family") ?? id, kind, r.OptionalString("unit"), r.List("aliases").Select(a => a.Value).ToList())
        {
            NameZh = r.OptionalString("name_zh"),
            UnitZh = r.OptionalString("unit_zh"),
        };
    }

    public static Fact ReadFact(YamlRecord r)
    {
        var id = r.RequiredString("id");
        var asOfText = r.RequiredString("as_of");
        var asOf = AsOf.Undated;
        if (asOfText.Length > 0)
        {
            asOf = AsOf.TryParse(asOfText, out var error) ?? AsOf.Undated;
            if (error is not null) r.Report("as_of", error);
        }

        var quantity = ReadQuantity(r);
        var words = r.OptionalString("words");
        var statement = r.OptionalString("statement");
        // Counted by the keys written, so a value that does not parse is one problem, not also "no value".
        var forms = new[] { "value", "words", "statement" }.Count(r.Has);
        if (forms != 1) r.Report(forms == 0 ? "id" : "statement", "a fact needs exactly one of “value”, “words” or “statement”");

        return new Fact(
            id,
            r.RequiredString("entity"),
            r.List("also").Select(a => a.Value).ToList(),
            r.OptionalString("object"),
            r.RequiredString("metric"),
            quantity,
            words,
            statement,
            asOf,
            r.OptionalBool("forecast"),
            r.OptionalString("said_by"),
            r.RequiredString("source"),
            r.RequiredString("quote"),
            r.OptionalString("note"),
            r.Location)
        {
            YearFromContext = r.OptionalBool("year_from_context"),
            Supersedes = r.List("supersedes").Select(a => a.Value).ToList(),
            Disputes = r.List("disputes").Select(a => a.Value).ToList(),
            StatementZh = r.OptionalString("statement_zh"),
            WordsZh = r.OptionalString("words_zh"),
            NoteZh = r.OptionalString("note_zh"),
            SaidByZh = r.OptionalString("said_by_zh"),
        };
    }

    /// <summary>The value with its scale and currency; null when absent or when any part of it is wrong.</summary>
    private static Quantity? ReadQuantity(YamlRecord r)
    {
        var scaleText = r.OptionalString("scale");
        var currency = r.OptionalString("currency");
        if (!r.Has("value"))
        {
            if (scaleText is not null || currency is not null) r.Report(scaleText is not null ? "scale" : "currency", "“scale” and “currency” need a “value”");
            return null;
        }

        var scale = scaleText is null ? Scale.One : Named<Scale>(r, "scale", "thousand, million or billion");

        var text = r.OptionalString("value");
        if (text is null)
        {
            r.Report("value", "“value” is empty");
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            r.Report("value", QuoteFigures.In(text) is [{ Scale: { } written } figure] && figure.Text == text
                ? $"“value” must be a number: write “value: {figure.Number}” and “scale: {written}”, not “{text}”"
                : $"“value” must be a number (300, 6.4), not “{text}”; a figure the source gives only in words goes in “words”");
            return null;
        }

        if (scale is not { } known) return null;
        var quantity = new Quantity(value, known, currency);
        if (Math.Abs(value) <= decimal.MaxValue / quantity.Multiplier) return quantity;
        r.Report("value", $"“value” is too large to be a figure: {quantity.Format()}");
        return null;
    }

    /// <summary>
    /// An enum value by its name, ignoring case; not by its number, which Enum.TryParse would also take ("kind: 3").
    /// Unknown names are reported and give null.
    /// </summary>
    private static T? Named<T>(YamlRecord r, string key, string allowed)
        where T : struct, Enum
    {
        var text = key == "kind" ? r.RequiredString(key) : r.OptionalString(key) ?? "";
        var name = Enum.GetNames<T>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (name is not null) return Enum.Parse<T>(name);
        if (text.Length > 0) r.Report(key, $"unknown {key} “{text}”; use {allowed}");
        return null;
    }
}
