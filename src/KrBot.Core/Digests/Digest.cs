using KrBot.Core.Answering;

namespace KrBot.Core.Digests;

/// <summary>A composed digest and the history to remember once it has been delivered.</summary>
public sealed record Digest(Answer Answer, DigestHistory Next);
