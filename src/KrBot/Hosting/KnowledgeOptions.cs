using System.ComponentModel.DataAnnotations;

namespace KrBot.Hosting;

/// <summary>The "Knowledge" section: where the fact base folder is.</summary>
internal sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>Relative to the current folder; when no such folder is there, the copy shipped beside the program.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "knowledge";
}
