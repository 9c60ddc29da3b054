using KrBot.Core.Answering;
using KrBot.Core.Charts;
using KrBot.Core.Knowledge;
using KrBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KrBot.Charts;

internal static class ChartServiceCollectionExtensions
{

    /// <summary>Charts: which comparisons can be drawn, the font, the renderer and the picture cache.</summary>
    public static IServiceCollection AddKrBotCharts(this IServiceCollection services)
    {
        services.AddOptions<ChartOptions>().BindConfiguration(ChartOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new ChartBuilder(sp.GetRequiredService<FactBase>()));
        services.AddSingleton<ChartFonts>();
        services.AddSingleton<ChartRenderer>();
        services.AddSingleton<ChartImages>();
        services.AddSingleton(new HostCommand(ChartQuestions.Command));
        return services;
    }
}
