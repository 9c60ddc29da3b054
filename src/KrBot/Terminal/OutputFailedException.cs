namespace KrBot.Terminal;

/// <summary>Writing to standard output failed (a full disk, a closed pipe): reported as that, not as anything else.</summary>
internal sealed class OutputFailedException(IOException inner) : Exception($"Could not write to standard output: {inner.Message}", inner);
