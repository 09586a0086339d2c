using ScottPlot;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// The bar chart of new requests per category, as a PNG (ScottPlot). Horizontal bars, biggest on top, because the
/// category names are long. Kept small with a palette (<see cref="PalettePng"/>): Teams refuses messages over roughly
/// 28 KB, and the chart travels inside the card as a data: address.
/// </summary>
public static class DigestChart
{
    private const int Width = 560;
    private const int HeightPerBar = 30;
    private const int HeightAround = 70;

    /// <summary>Null when no category had requests in the period or the one before: an empty chart says nothing.</summary>
    public static byte[]? Png(IReadOnlyList<DigestCount> byCategory)
    {
        var shown = byCategory.Where(count => count.Count > 0).ToList();
        if (shown.Count == 0) return null;
        var plot = new Plot();
        var bars = shown
            .Select((count, index) => new Bar
            {
                Position = shown.Count - 1 - index,
                Value = count.Count,
                Label = DigestFormat.Number(count.Count),
                FillColor = new Color(PalettePng.Ink.Red, PalettePng.Ink.Green, PalettePng.Ink.Blue),
                LineWidth = 0,
            })
            .ToList();
        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        series.ValueLabelStyle.FontSize = 13;
        plot.Axes.Left.SetTicks(
            shown.Select((_, index) => (double)(shown.Count - 1 - index)).ToArray(),
            shown.Select(count => Shorten(count.Label)).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Margins(left: 0, right: 0.12, bottom: 0.05, top: 0.05);
        plot.Axes.SetLimitsX(0, shown.Max(count => count.Count) * 1.15);
        plot.Grid.MajorLineColor = Color.FromHex("#E6E6E6");
        plot.Title(DigestTexts.ChartTitle.German, size: 15);
        return PalettePng.Compact(plot.GetImageBytes(Width, HeightAround + HeightPerBar * shown.Count, ImageFormat.Png));
    }

    public static string DataUri(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);

    /// <summary>The same counts as a text bar chart, for channels that show no pictures.</summary>
    public static string AsText(IReadOnlyList<DigestCount> byCategory, int maxBar = 20)
    {
        var shown = byCategory.Where(count => count.Count > 0).ToList();
        if (shown.Count == 0) return "";
        var max = shown.Max(count => count.Count);
        var lines = shown.Select(count =>
            $"`{new string('█', Math.Max(1, (int)Math.Round((double)count.Count / max * maxBar)))}` {DigestFormat.Number(count.Count)} {DigestLines.Esc(count.Label)}");
        return DigestTexts.ChartAsText.German + "\n" + string.Join("\n", lines);
    }

    // 34 characters: the longest category title of requests/categories.yml fits; longer ones are cut.
    private static string Shorten(string label) => label.Length <= 34 ? label : label[..33] + "…";
}
