using System.Diagnostics.Metrics;
using KrBot.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace KrBot.Tests;

/// <summary>The bot's metrics on a meter factory of their own, for types tested without a host.</summary>
internal static class TestMetrics
{
    public static BotMetrics Create() => new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>());
}
