namespace KrBot.Storage;

/// <summary>The bot's database cannot be used right now; <see cref="Exception.Message"/> is a sentence for a person.</summary>
/// <param name="path">Where the database is: a file path, or a PostgreSQL server and database (never a password).</param>
/// <param name="setting">The setting that names it, for the sentence at start.</param>
internal sealed class StorageUnavailableException(string path, string reason, Exception? inner = null, string setting = "Storage:DatabasePath")
    : Exception($"the database {path} cannot be used: {reason}", inner)
{
    public string DatabasePath { get; } = path;

    public string Setting { get; } = setting;

    public string Reason { get; } = reason;
}
