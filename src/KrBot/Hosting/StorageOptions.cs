using System.ComponentModel.DataAnnotations;

namespace KrBot.Hosting;

/// <summary>
/// The "Storage" section: where subscriptions, handled updates and the outbox live. SQLite (the default) is a file
/// beside the bot and needs no setup; PostgreSQL is the store several replicas share.
/// </summary>
internal sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>sqlite or postgres.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Provider { get; set; } = Sqlite;

    /// <summary>SQLite only. Relative paths resolve against the current folder; the folder is created on first start.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = "data/krbot.db";

    /// <summary>PostgreSQL only, in Npgsql's form (Host=...;Database=...;Username=...;Password=...). Secret: never logged.</summary>
    public string ConnectionString { get; set; } = "";

    public bool IsPostgres => string.Equals(Provider.Trim(), Postgres, StringComparison.OrdinalIgnoreCase);
}
