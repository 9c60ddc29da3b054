using KrBot.Core.Charts;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace KrBot.Charts;

/// <summary>
/// Draws a <see cref="Chart"/> as a PNG with ScottPlot: one bar per figure with its value on top, the entity, measure and
/// date under it, bars of each measure in their own colour, hatched when they do not compare like for like, the
/// warning in red under the title, and the notes (figures not drawn, the source) at the bottom.
/// </summary>
internal sealed class ChartRenderer(ChartFonts fonts)
{
    private static readonly Color Caution = Color.FromHex("#B3261E");
    private static readonly Color NoteColor = Color.FromHex("#444444");
    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    public byte[] Render(Chart chart, int width, int height)
    {
        using var plot = new Plot();
        var bars = plot.Add.Bars(chart.Bars.Select(Bar).ToArray());
        bars.ValueLabelStyle.FontSize = 18;

        var ticks = new NumericManual();
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            ticks.AddMajor(i, $"{bar.Entity}\n{bar.Measure}\n{bar.Date}");
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        // Multi-line tick labels are measured a few pixels short with tall CJK fonts: keep them off the axis line.
        plot.Axes.Bottom.TickLabelStyle.OffsetY = 8;
        plot.Axes.Left.TickGenerator = new NumericAutomatic { TargetTickCount = 5, LabelFormatter = chart.AxisLabel };
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;

        // Room above the tallest bar for its value and the legend; bars stand on zero.
        var top = chart.Bars.Max(b => b.Value);
        plot.Axes.SetLimits(-0.6, chart.Bars.Count - 0.4, 0, top > 0 ? top * 1.25 : 1);

        plot.Title(chart.Title, 20);
        var caution = new ScottPlot.Panels.TitlePanel { IsVisible = chart.Caution is not null };
        caution.Label.Text = chart.Caution ?? "";
        caution.Label.FontSize = 15;
        caution.Label.ForeColor = Caution;
        plot.Axes.AddPanel(caution);

        plot.XLabel(string.Join('\n', chart.Notes), 12);
        plot.Axes.Bottom.Label.ForeColor = NoteColor;
        if (plot.Axes.Bottom is ScottPlot.AxisPanels.AxisBase bottom) bottom.PaddingBetweenTickAndAxisLabels = new PixelPadding(0, 0, 10, 10);
        Legend(plot, chart);

        if (fonts.FontName is { } font)
        {
            plot.Font.Set(font);
            bars.ValueLabelStyle.FontName = font;
            plot.Legend.FontName = font;
            caution.Label.FontName = font;
        }

        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    private static Bar Bar(ChartBar bar, int position) => new()
    {
        Position = position,
        Value = bar.Value,
        Label = bar.Figure,
        FillColor = Palette.GetColor(bar.Series),
        FillHatch = bar.Marked ? new ScottPlot.Hatches.Striped() : null,
        FillHatchColor = Colors.White.WithAlpha(0.55),
        Size = 0.6,
    };

    /// <summary>A key only when it says something: which colour is which measure, and what hatching means.</summary>
    private static void Legend(Plot plot, Chart chart)
    {
        var measures = chart.Bars.DistinctBy(b => b.Series).ToList();
        if (measures.Count > 1)
        {
            foreach (var bar in measures) plot.Legend.ManualItems.Add(new LegendItem { LabelText = bar.Measure, FillColor = Palette.GetColor(bar.Series) });
        }

        if (chart.MarkLegend is { } marked)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = marked,
                FillColor = Colors.Gray,
                FillHatch = new ScottPlot.Hatches.Striped(),
                FillHatchColor = Colors.White.WithAlpha(0.55),
            });
        }

        if (plot.Legend.ManualItems.Count == 0) return;
        // CJK fonts sit higher in their line than ScottPlot expects: centre the words on their swatches.
        foreach (var item in plot.Legend.ManualItems) item.LabelOffsetY = 4;
        plot.Legend.FontSize = 13;
        // Beside the bars, never over them.
        plot.ShowLegend(Edge.Right);
    }
}
