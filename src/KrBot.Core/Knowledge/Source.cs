namespace KrBot.Core.Knowledge;

/// <summary>Where facts come from. Fields the source does not state stay null: we never guess them.</summary>
public sealed record Source(string Id, string Title, string Publisher, string? Author, DateOnly? Published, Uri? Url)
{
    /// <summary>One line a reader can look up: publisher, title, author, date when known.</summary>
    public string Describe()
    {
        var text = $"{Publisher}, “{Title}”";
        if (Author is not null) text += $", by {Author}";
        if (Published is { } date) text += $", {date:d MMMM yyyy}";
        return text;
    }
}
