using YamlDotNet.Core;

namespace KrBot.Core.Knowledge;

/// <summary>A problem the guard finds mid-parse: thrown to stop YamlDotNet's builder, caught by <see cref="FactFileParser"/>.</summary>
internal sealed class FactFileException(Mark at, string message) : Exception(message)
{
    public Mark At { get; } = at;
}
