using NrwBot.Dialogs.Digest;

namespace NrwBot.Dialogs.Analysis;

/// <summary>
/// <c>analysis --region NAME [--from 2026-01-01 --to 2026-11-30] [--format md|csv|json]</c>: the same analysis the
/// chat shows (default: the last 12 months), on standard output. Usage errors go to standard error, exit code 2.
/// </summary>
public sealed class AnalysisExport(RegionalAnalysis analysis, TimeProvider clock, TimeZoneInfo zone)
{
    public static readonly string[] Formats = ["md", "csv", "json"];

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!TryRead(args, stderr, out var options) || options.Area is not { } area)
        {
            await stderr.WriteLineAsync(AnalysisTexts.Usage.German);
            return 2;
        }
        var period = options.From is { } from && options.To is { } to ? new DigestPeriod(from, to, zone) : AnalysisAsk.LastTwelveMonths(clock.GetUtcNow(), zone);
        var report = await analysis.BuildAsync(area, period, cancellationToken);
        await stdout.WriteAsync(options.Format switch
        {
            "csv" => RegionalCsv.Write(report),
            "json" => RegionalJson.Write(report) + "\n",
            _ => RegionalMarkdown.Write(report),
        });
        await stdout.FlushAsync(cancellationToken);
        return 0;
    }

    private bool TryRead(string[] args, TextWriter stderr, out ExportOptions options)
    {
        options = new ExportOptions();
        for (var index = 0; index < args.Length; index++)
        {
            var value = index + 1 < args.Length ? args[index + 1] : "";
            switch (args[index])
            {
                case "--from" when DigestExport.TryDate("--from", value, stderr, out var from): options = options with { From = from }; index++; break;
                case "--to" when DigestExport.TryDate("--to", value, stderr, out var to): options = options with { To = to }; index++; break;
                case "--format" when Formats.Contains(value): options = options with { Format = value }; index++; break;
                case "--region" when analysis.Areas.Find(value) is [var area]: options = options with { Area = area }; index++; break;
                case "--region":
                    stderr.WriteLine(AnalysisTexts.UnknownRegion.Format(value));
                    return false;
                case "--from" or "--to" or "--format": return false;
                default: stderr.WriteLine(AnalysisTexts.UnknownOption.Format(args[index])); return false;
            }
        }
        if (options.Area is null) stderr.WriteLine(AnalysisTexts.RegionMissing.German);
        if (options.From is null != options.To is null) { stderr.WriteLine(DigestTexts.FromAndToTogether.German); return false; }
        if (options.From > options.To) { stderr.WriteLine(AnalysisTexts.FromAfterTo.German); return false; }
        return options.Area is not null;
    }

    private sealed record ExportOptions
    {
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }
        public string Format { get; init; } = "md";
        public AnalysisArea? Area { get; init; }
    }
}
