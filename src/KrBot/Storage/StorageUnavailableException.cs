namespace KrBot.Storage;

/// <summary>The bot's database cannot be used right now; <see cref="Exception.Message"/> is a sentence for a person.</summary>
internal sealed class StorageUnavailableException(string path, string reason, Exception? inner = null)
    : Exception($"the database {path} cannot be used: {reason}", inner)
{
    public string DatabasePath { get; } = path;

    public string Reason { get; } = reason;
}
