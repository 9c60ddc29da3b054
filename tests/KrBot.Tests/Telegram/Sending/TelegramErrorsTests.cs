using System.Net;
using KrBot.Telegram.Sending;
using Telegram.Bot.Exceptions;

namespace KrBot.Tests.Telegram.Sending;

public sealed class TelegramErrorsTests
{
    [Theory]
    [InlineData(429, "Too Many Requests: retry after 5", nameof(TelegramErrorKind.TooManyRequests))]
    [InlineData(500, "Internal Server Error", nameof(TelegramErrorKind.Transient))]
    [InlineData(502, "Bad Gateway", nameof(TelegramErrorKind.Transient))]
    [InlineData(403, "Forbidden: bot was blocked by the user", nameof(TelegramErrorKind.ChatGone))]
    [InlineData(403, "Forbidden: bot was kicked from the group chat", nameof(TelegramErrorKind.ChatGone))]
    [InlineData(400, "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"", nameof(TelegramErrorKind.CantParseEntities))]
    [InlineData(400, "Bad Request: message to be replied not found", nameof(TelegramErrorKind.ReplyTargetMissing))]
    [InlineData(400, "Bad Request: message is too long", nameof(TelegramErrorKind.Rejected))]
    [InlineData(400, "Bad Request: chat not found", nameof(TelegramErrorKind.Rejected))]
    [InlineData(401, "Unauthorized", nameof(TelegramErrorKind.Rejected))]
    public void Classify_ApiError_ByCodeAndDescription(int code, string description, string expected)
    {
        var error = TelegramErrors.Classify(new ApiRequestException(description, code));

        Assert.Equal(expected, error.Kind.ToString());
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Classify_TooManyRequests_CarriesRetryAfter()
    {
        var error = TelegramErrors.Classify(OutboundSenderTests.Api(429, "Too Many Requests: retry after 7", retryAfter: 7));

        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Fact]
    public void Classify_MigrateToChatId_ChatMigratedWithNewId()
    {
        var error = TelegramErrors.Classify(OutboundSenderTests.Api(400, "Bad Request: group chat was upgraded to a supergroup chat", migrateTo: -1009));

        Assert.Equal((TelegramErrorKind.ChatMigrated, -1009L), (error.Kind, error.MigrateToChatId));
    }

    [Fact]
    public void Classify_NetworkFailureWrappedByTheClient_Transient()
    {
        var error = TelegramErrors.Classify(new RequestException("Exception during making request", new HttpRequestException("Connection refused")));

        Assert.Equal((TelegramErrorKind.Transient, 0), (error.Kind, error.Code));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway, nameof(TelegramErrorKind.Transient))]
    [InlineData(HttpStatusCode.TooManyRequests, nameof(TelegramErrorKind.TooManyRequests))]
    [InlineData(HttpStatusCode.NotFound, nameof(TelegramErrorKind.Rejected))]
    public void Classify_UnreadableBody_ByHttpStatus(HttpStatusCode status, string expected)
    {
        Assert.Equal(expected, TelegramErrors.Classify(new RequestException("Required properties not found in response", status)).Kind.ToString());
    }

    [Fact]
    public void Classify_ClientTimeout_Transient()
    {
        Assert.Equal(TelegramErrorKind.Transient, TelegramErrors.Classify(new TaskCanceledException()).Kind);
        Assert.Equal(TelegramErrorKind.Transient, TelegramErrors.Classify(new HttpRequestException("reset")).Kind);
    }

    [Fact]
    public void Classify_SomethingElse_Rejected()
    {
        Assert.Equal(TelegramErrorKind.Rejected, TelegramErrors.Classify(new InvalidOperationException("bug")).Kind);
    }
}
