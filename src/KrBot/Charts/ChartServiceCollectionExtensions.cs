using KrBot.Core.Answering;
using KrBot.Core.Charts;
using KrBot.Core.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace KrBot.Charts;

internal static class ChartServiceCollectionExtensions
{
    public static readonly CommandHelp ChartHelp = new(ChartQuestions.Command, "A comparison as a bar chart, e.g. /chart dingtalk wechatwork");

    /// <summary>Charts: which comparisons can be drawn, the font, the renderer and the picture cache.</summary>
    public static IServiceCollection AddKrBotCharts(this IServiceCollection services)
    {
        services.AddOptions<ChartOptions>().BindConfiguration(ChartOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new ChartBuilder(sp.GetRequiredService<FactBase>()));
        services.AddSingleton<ChartFonts>();
        services.AddSingleton<ChartRenderer>();
        services.AddSingleton<ChartImages>();
        services.AddSingleton(ChartHelp);
        return services;
    }
}
