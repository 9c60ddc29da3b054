namespace KrBot.FakeBotApi;

/// <summary>Settings for a <see cref="FakeBotApiServer"/>. The defaults suit most tests.</summary>
public sealed class FakeBotApiOptions
{
    /// <summary>The only token the fake accepts. As with real tokens, the digits before ':' are the bot's user id.</summary>
    public string Token { get; set; } = "123456789:TEST-fake-token";

    /// <summary>The bot's username, without '@'.</summary>
    public string BotUsername { get; set; } = "KrTestBot";

    /// <summary>The bot's display name.</summary>
    public string BotFirstName { get; set; } = "KrBot Test";

    /// <summary>The update_id given to the first injected update; later ones count up from it.</summary>
    public long FirstUpdateId { get; set; } = 1;

    /// <summary>
    /// Answer sends that break Telegram's flood limits with 429: more than 1 message a second to one chat,
    /// more than 20 a minute to one group, more than 30 a second in all. Off by default so that ordinary tests
    /// need not pace themselves.
    /// </summary>
    public bool EnforceRateLimits { get; set; }

    /// <summary>
    /// The clock for message dates, recorded timestamps and rate limits. Long-poll timeouts and the waiting
    /// helpers always run on real time, because the bot under test does.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal void Validate()
    {
        var separator = Token.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || !long.TryParse(Token.AsSpan(0, separator), out _) || separator == Token.Length - 1)
        {
            throw new ArgumentException($"{nameof(Token)} must look like '123456:secret'.", nameof(Token));
        }

        if (string.IsNullOrWhiteSpace(BotUsername) || BotUsername.StartsWith('@'))
        {
            throw new ArgumentException($"{nameof(BotUsername)} must be a username without '@'.", nameof(BotUsername));
        }

        if (string.IsNullOrWhiteSpace(BotFirstName))
        {
            throw new ArgumentException($"{nameof(BotFirstName)} must not be empty.", nameof(BotFirstName));
        }

        if (FirstUpdateId < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(FirstUpdateId), FirstUpdateId, "Update ids start at 1 or later.");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
