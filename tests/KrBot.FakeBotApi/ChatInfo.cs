namespace KrBot.FakeBotApi;

/// <summary>A chat's identity as the fake shows it in Chat objects.</summary>
internal sealed record ChatInfo(long Id, string Type, string? Title);
