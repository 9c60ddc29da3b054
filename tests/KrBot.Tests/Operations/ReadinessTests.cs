using KrBot.Operations;
using KrBot.Storage;
using KrBot.Tests.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace KrBot.Tests.Operations;

public sealed class ReadinessTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Telegram_NotReadyUntilItAnswers_ThenUntilItFallsSilentForTwoMinutes()
    {
        var contact = new TelegramContact(_time);
        var check = new TelegramReadiness(contact, _time);

        Assert.Equal(HealthStatus.Unhealthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        contact.Heard();
        _time.Advance(TelegramReadiness.Recent);
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        _time.Advance(TimeSpan.FromSeconds(1));
        var silent = await check.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal((HealthStatus.Unhealthy, "Telegram has not answered for over 2 minutes"), (silent.Status, silent.Description));
    }

    [Fact]
    public async Task Store_DatabaseDeletedUnderTheBot_NotReady_SayingWhy()
    {
        using var store = new SqliteTestStore();
        var database = store.NewDatabase(_time);
        var check = new StoreReadiness(database);
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        File.Delete(((SqliteDatabase)database).Path);

        var result = await check.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("the database file is missing", result.Description, StringComparison.Ordinal);
    }
}
