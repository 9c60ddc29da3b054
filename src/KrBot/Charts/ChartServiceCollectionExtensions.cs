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
        services.AddSingleton(sp => new ChartImages(
            sp.GetRequiredService<ChartBuilder>(),
            new Lazy<ChartRenderer>(sp.GetRequiredService<ChartRenderer>),
            new Lazy<ChartFonts>(sp.GetRequiredService<ChartFonts>),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ChartOptions>>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ChartImages>>()));
        services.AddSingleton(new HostCommand(ChartQuestions.Command));
        return services;
    }
}
