using NrwBot.Dialogs.Digest;
using ScottPlot;

namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// The share of each request category in the area beside its share in NRW, as a PNG (ScottPlot, drawn and
/// compacted like the digest's chart). Shares, not counts, so a Kreis and NRW fit one axis; a category whose
/// count in the area is hidden („&lt; 3“) gets no bar for the area.
/// </summary>
public static class RegionalChart
{
    private const int Width = 560;
    private const int HeightPerCategory = 40;
    private const int HeightAround = 90;
    private static readonly Color AreaColor = new(PalettePng.Ink.Red, PalettePng.Ink.Green, PalettePng.Ink.Blue);
    private static readonly Color NrwColor = Color.FromHex("#A9C8E3");

    /// <summary>Null when nothing was requested in NRW in the period.</summary>
    public static byte[]? Png(RegionalReport report)
    {
        var section = report.Section(RegionalFigure.SupportRequests);
        if (section.NrwTotal == 0) return null;
        var rows = section.Rows;
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var index = 0; index < rows.Count; index++)
        {
            var position = (rows.Count - 1 - index) * 3.0;
            var row = rows[index];
            var nrw = 100.0 * row.Nrw / section.NrwTotal;
            bars.Add(new Bar { Position = position, Value = nrw, FillColor = NrwColor, LineWidth = 0, Label = $"{nrw:0}" });
            if (section.AreaTotal > 0 && !SmallNumbers.Hides(row.Area))
            {
                var area = 100.0 * row.Area / section.AreaTotal;
                bars.Add(new Bar { Position = position + 1, Value = area, FillColor = AreaColor, LineWidth = 0, Label = $"{area:0}" });
            }
        }
        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        series.ValueLabelStyle.FontSize = 12;
        plot.Axes.Left.SetTicks(rows.Select((_, index) => (rows.Count - 1 - index) * 3.0 + 0.5).ToArray(), rows.Select(row => Shorten(row.Category)).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.SetLimitsX(0, Math.Max(10, bars.Max(bar => bar.Value)) * 1.15);
        plot.Axes.Bottom.Label.Text = AnalysisTexts.ChartPercent.German;
        plot.Grid.MajorLineColor = Color.FromHex("#E6E6E6");
        plot.Legend.IsVisible = true;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = report.Area.Name, FillColor = AreaColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = AnalysisTexts.Nrw.German, FillColor = NrwColor });
        plot.Title(AnalysisTexts.ChartTitle.Format(report.Area.Name), size: 14);
        return PalettePng.Compact(plot.GetImageBytes(Width, HeightAround + HeightPerCategory * rows.Count, ImageFormat.Png));
    }

    private static string Shorten(string label) => label.Length <= 34 ? label : label[..33] + "…";
}
