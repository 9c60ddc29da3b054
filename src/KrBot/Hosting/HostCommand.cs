namespace KrBot.Hosting;

/// <summary>
/// A command the host answers without an <see cref="Conversation.IChatCommandHandler"/> of its own (/chart goes to
/// the comparison), registered so /help and the command menu list it; each language describes it.
/// </summary>
internal sealed record HostCommand(string Name);
