namespace KrBot.Core.Knowledge;

/// <summary>Turns one YAML entry into a model record, reporting each field that is missing or malformed.</summary>
internal sealed class KnowledgeRecordReader(List<KnowledgeProblem> problems)
{
    public Source ReadSource(YamlRecord r)
    {
        var published = r.OptionalString("published");
        DateOnly? date = null;
        if (published is not null)
        {
            if (DateOnly.TryParseExact(published, "yyyy-MM-dd", out var d)) date = d;
            else Problem(r.LocationOf("published"), $"“published” must be a date like 2020-05-20, not “{published}”");
        }

        var url = r.OptionalString("url");
        Uri? uri = null;
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out uri))
            Problem(r.LocationOf("url"), $"“url” must be an absolute address, not “{url}”");

        return new Source(r.RequiredString("id"), r.RequiredString("title"), r.RequiredString("publisher"), r.OptionalString("author"), date, uri);
    }

    public Entity ReadEntity(YamlRecord r)
    {
        var kindText = r.RequiredString("kind");
        if (!Enum.TryParse<EntityKind>(kindText, ignoreCase: true, out var kind) && kindText.Length > 0)
            Problem(r.LocationOf("kind"), $"unknown kind “{kindText}”; use product, company, organisation, market or person");

        return new Entity(
            r.RequiredString("id"),
            kind,
            r.RequiredString("name"),
            r.OptionalString("owner"),
            r.List("aliases").Select(a => a.Value).ToList(),
            r.List("exact_aliases").Select(a => a.Value).ToList());
    }

    public Metric ReadMetric(YamlRecord r)
    {
        var kindText = r.RequiredString("kind");
        if (!Enum.TryParse<MetricKind>(kindText, ignoreCase: true, out var kind) && kindText.Length > 0)
            Problem(r.LocationOf("kind"), $"unknown kind “{kindText}”; use count, money, share or statement");

        var id = r.RequiredString("id");
        return new Metric(id, r.RequiredString("name"), r.OptionalString("family") ?? id, kind, r.OptionalString("unit"), r.List("aliases").Select(a => a.Value).ToList());
    }

    public Fact ReadFact(YamlRecord r)
    {
        var id = r.RequiredString("id");
        var asOfText = r.RequiredString("as_of");
        var asOf = AsOf.Undated;
        if (asOfText.Length > 0)
        {
            asOf = AsOf.TryParse(asOfText, out var error) ?? AsOf.Undated;
            if (error is not null) Problem(r.LocationOf("as_of"), error);
        }

        var value = r.OptionalDecimal("value");
        var scaleText = r.OptionalString("scale");
        var scale = Scale.One;
        if (scaleText is not null && !Enum.TryParse(scaleText, ignoreCase: true, out scale))
            Problem(r.LocationOf("scale"), $"unknown scale “{scaleText}”; use thousand, million or billion");

        var currency = r.OptionalString("currency");
        if (value is null && (scaleText is not null || currency is not null))
            Problem(r.Location, "“scale” and “currency” need a “value”");

        var words = r.OptionalString("words");
        var statement = r.OptionalString("statement");
        var forms = (value is null ? 0 : 1) + (words is null ? 0 : 1) + (statement is null ? 0 : 1);
        if (forms != 1) Problem(r.Location, "a fact needs exactly one of “value”, “words” or “statement”");

        var quote = r.RequiredString("quote");
        return new Fact(
            id,
            r.RequiredString("entity"),
            r.List("also").Select(a => a.Value).ToList(),
            r.OptionalString("object"),
            r.RequiredString("metric"),
            value is { } v ? new Quantity(v, scale, currency) : null,
            words,
            statement,
            asOf,
            r.OptionalBool("forecast"),
            r.OptionalString("said_by"),
            r.RequiredString("source"),
            quote,
            r.OptionalString("note"),
            r.Location);
    }

    private void Problem(SourceLocation location, string message) => problems.Add(new KnowledgeProblem(location, message));
}
