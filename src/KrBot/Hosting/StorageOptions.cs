using System.ComponentModel.DataAnnotations;

namespace KrBot.Hosting;

/// <summary>The "Storage" section: the SQLite file for subscriptions and the polling offset.</summary>
internal sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Relative paths resolve against the current folder; the folder is created on first start.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = "data/krbot.db";
}
