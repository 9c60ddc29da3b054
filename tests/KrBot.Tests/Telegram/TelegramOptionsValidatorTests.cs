using KrBot.Subscriptions;
using KrBot.Telegram;

namespace KrBot.Tests.Telegram;

public sealed class TelegramOptionsValidatorTests
{
    private readonly TelegramOptionsValidator _validator = new();

    [Fact]
    public void Validate_WellFormedSettings_Succeed()
    {
        Assert.True(_validator.Validate(null, new TelegramOptions { BotToken = "123456789:AAH-abcdefghijklmnop" }).Succeeded);
    }

    [Theory]
    [InlineData("", "Telegram:BotToken is empty")]
    [InlineData("not-a-token-secret-value", "Telegram:BotToken does not look like a bot token")]
    public void Validate_BadToken_NamesTheKeyButNeverTheToken(string token, string expected)
    {
        var result = _validator.Validate(null, new TelegramOptions { BotToken = token });

        Assert.Contains(expected, result.FailureMessage);
        if (token.Length > 0) Assert.DoesNotContain(token, result.FailureMessage);
    }

    [Fact]
    public void Validate_BadBaseUrl_NamesTheKey()
    {
        var result = _validator.Validate(null, new TelegramOptions { BotToken = "123456789:AAH-abcdefghijklmnop", ApiBaseUrl = "ftp://x" });

        Assert.Contains("Telegram:ApiBaseUrl", result.FailureMessage);
    }

    [Theory]
    [InlineData("9 o'clock", "Asia/Shanghai", "Digest:DefaultTime")]
    [InlineData("09:00", "Mars/Base", "Digest:DefaultTimeZone")]
    public void DigestValidator_BadDefaults_NameTheKey(string time, string zone, string key)
    {
        var result = new DigestOptionsValidator().Validate(null, new DigestOptions { DefaultTime = time, DefaultTimeZone = zone });

        Assert.Contains(key, result.FailureMessage);
    }
}
