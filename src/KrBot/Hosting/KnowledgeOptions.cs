using System.ComponentModel.DataAnnotations;

namespace KrBot.Hosting;

/// <summary>The "Knowledge" section: where the fact base folder is.</summary>
internal sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>Relative paths resolve against the working folder, then against the program's folder.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "knowledge";
}
