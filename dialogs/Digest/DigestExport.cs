using System.Globalization;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Digest;

/// <summary>
/// The "digest" command line: <c>digest --from 2026-11-01 --to 2026-11-30 --format md|html|csv|json [--region NAME]</c>
/// writes the same digest the LKS gets to standard output (HTML with the chart inside as a data: address).
/// Usage errors go to standard error with exit code 2.
/// </summary>
public sealed class DigestExport(DigestService digests, IRegionDirectory regions, TimeProvider clock)
{
    public static readonly string[] Formats = ["md", "html", "csv", "json"];

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!TryRead(args, stderr, out var options))
        {
            await stderr.WriteLineAsync(DigestTexts.Usage.German);
            return 2;
        }
        var now = clock.GetUtcNow();
        var period = options.From is { } from && options.To is { } to ? new DigestPeriod(from, to, digests.Zone) : DigestPeriod.PreviousWeek(now, digests.Zone);
        var report = await digests.BuildAsync(new DigestQuery(period) { Region = options.Region }, now, cancellationToken);
        await stdout.WriteAsync(Render(report, options.Format));
        await stdout.FlushAsync(cancellationToken);
        return 0;
    }

    public static string Render(DigestReport report, string format) => format switch
    {
        "html" => DigestHtmlWriter.Write(report, DigestChart.Png(report.NewByCategory) is { } png ? DigestChart.DataUri(png) : null),
        "csv" => DigestCsvWriter.Write(report),
        "json" => DigestJsonWriter.Write(report) + "\n",
        _ => DigestMarkdownWriter.Write(report),
    };

    private bool TryRead(string[] args, TextWriter stderr, out ExportOptions options)
    {
        options = new ExportOptions();
        for (var index = 0; index < args.Length; index++)
        {
            var value = index + 1 < args.Length ? args[index + 1] : "";
            switch (args[index])
            {
                case "--from" when TryDate("--from", value, stderr, out var from): options = options with { From = from }; index++; break;
                case "--to" when TryDate("--to", value, stderr, out var to): options = options with { To = to }; index++; break;
                case "--format" when Formats.Contains(value): options = options with { Format = value }; index++; break;
                case "--format": stderr.WriteLine(DigestFormat.Format(DigestTexts.BadFormat.German, value)); return false;
                case "--region" when TryRegion(value, stderr, out var region): options = options with { Region = region }; index++; break;
                case "--from" or "--to" or "--region": return false;
                default: stderr.WriteLine(DigestFormat.Format(DigestTexts.UnknownOption.German, args[index])); return false;
            }
        }
        return Check(options, stderr);
    }

    private static bool Check(ExportOptions options, TextWriter stderr)
    {
        if (options.From is null != options.To is null)
        {
            stderr.WriteLine(DigestTexts.FromAndToTogether.German);
            return false;
        }
        if (options.From > options.To)
        {
            stderr.WriteLine(DigestTexts.FromAfterTo.German);
            return false;
        }
        return true;
    }

    /// <summary>An ISO date option (also the regional analysis export's); a wrong one is named on standard error.</summary>
    internal static bool TryDate(string option, string value, TextWriter stderr, out DateOnly date)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        stderr.WriteLine(DigestFormat.Format(DigestTexts.BadDate.German, option, value));
        return false;
    }

    private bool TryRegion(string value, TextWriter stderr, out string? region)
    {
        var found = regions.Find(value);
        region = found.Count == 1 ? found[0].Name : null;
        if (region is null) stderr.WriteLine(DigestFormat.Format(DigestTexts.UnknownRegion.German, value).Replace("**", ""));
        return region is not null;
    }

    private sealed record ExportOptions
    {
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }
        public string Format { get; init; } = "md";
        public string? Region { get; init; }
    }
}
