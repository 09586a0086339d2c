using System.Text;
using System.Text.Json;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NrwBot.Dialogs.Digest;
using NrwBot.Host.Rendering;
using Xunit.Abstractions;

namespace NrwBot.Tests.Digest;

/// <summary>The week-47 digest as card, text, Markdown, HTML, CSV, JSON and chart.</summary>
public sealed class DigestRenderingTests(ITestOutputHelper output)
{
    // The element and action types of Adaptive Cards 1.5 (adaptivecards.io/explorer).
    private static readonly HashSet<string> KnownTypes =
    [
        "AdaptiveCard", "TextBlock", "Image", "Media", "RichTextBlock", "TextRun", "Container", "ColumnSet", "Column", "FactSet",
        "ImageSet", "ActionSet", "Table", "TableRow", "TableCell", "Input.Text", "Input.Number", "Input.Date", "Input.Time",
        "Input.Toggle", "Input.ChoiceSet", "Action.Submit", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility", "Action.Execute",
    ];

    // Teams refuses bot messages over about 28 KB; the card with its chart must stay below.
    private const int TeamsMessageLimit = 28 * 1024;

    [Fact]
    public async Task The_card_is_adaptive_card_1_5_of_known_elements_with_the_chart_as_png_and_fits_a_teams_message()
    {
        var report = await DigestTestServices.Week47Async();
        var card = AdaptiveCardWriter.Write(DigestReplies.Digest(report, DigestChart.Png(report.NewByCategory), channelHasCards: true));

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        var elements = card.Descendants().OfType<JObject>().Where(element => element["type"] is not null).ToList();
        Assert.All(elements, element => Assert.Contains((string)element["type"]!, KnownTypes));
        Assert.All(elements.Where(element => (string?)element["type"] == "TextBlock"), block => Assert.Equal(JTokenType.String, block["text"]!.Type));
        var image = Assert.Single(elements, element => (string?)element["type"] == "Image");
        var url = (string)image["url"]!;
        Assert.StartsWith("data:image/png;base64,", url);
        Assert.True(IsPng(Convert.FromBase64String(url["data:image/png;base64,".Length..])));
        var size = Encoding.UTF8.GetByteCount(card.ToString(Formatting.None));
        output.WriteLine($"card: {size} bytes, of which chart {url.Length} characters");
        Assert.True(size < TeamsMessageLimit, $"card of {size} bytes");
    }

    [Fact]
    public async Task The_card_shows_each_section_with_its_number_and_escapes_names_from_content()
    {
        var report = await DigestTestServices.Week47Async();
        var text = string.Join("\n", AdaptiveCardWriter.Write(DigestReplies.Digest(report, null, channelHasCards: true))
            .Descendants().OfType<JProperty>().Where(property => property.Name == "text").Select(property => (string)property.Value!));

        Assert.Contains("NrwBot-Digest KW 47: 16.11.–22.11.2026", text);
        Assert.Contains("**Neue Anfragen: 5 ↑ (Vorperiode: 3)**", text);
        Assert.Contains("- Fortbildung & Coaching: 3 ↑ (Vorperiode: 1)", text);
        Assert.Contains(@"- Referent\*innen & Expertise: 1 ↑ (Vorperiode: 0)", text);
        Assert.Contains("**Offene Anfragen: 5 (über 7 Tage: 2, über 14 Tage: 1)**", text);
        Assert.Contains("- 🔴 #A-050", text);
        Assert.Contains("**Erledigt: 4 · Median bis erledigt: 4,5 Tage**", text);
        Assert.Contains("- 3× „Gibt es einen E-Mail-Verteiler für alle Fachkräfte?“", text);
        Assert.Contains("**Antworten mit 👎: 3**", text);
        Assert.Contains("4 begonnen · 2 abgeschlossen · 1 ohne Fortschritt", text);
        Assert.Contains("(von Erika Musterfrau)", text);
        Assert.DoesNotContain(DigestFixture.Email, text);
    }

    [Fact]
    public async Task On_a_text_channel_the_same_digest_is_readable_text_with_the_chart_as_text_bars()
    {
        var report = await DigestTestServices.Week47Async();
        var activity = (IMessageActivity)Assert.Single(ReplyRenderer.Render([DigestReplies.Digest(report, null, channelHasCards: false)], "slack"));

        Assert.Null(activity.Attachments?.FirstOrDefault());
        var text = activity.Text;
        output.WriteLine(text);
        Assert.StartsWith("**NrwBot-Digest KW 47: 16.11.–22.11.2026**", text);
        Assert.Contains("Neue Anfragen: 5 ↑ (Vorperiode: 3)", text);
        Assert.Contains("`████████████████████` 3 Fortbildung & Coaching", text);
        Assert.DoesNotContain("data:image", text);
        Assert.DoesNotMatch(@"\{\d\}", text);
    }

    [Fact]
    public async Task A_late_digest_says_when_it_was_due_and_a_region_digest_says_what_it_covers()
    {
        var service = DigestTestServices.Service(DigestFixture.Input);
        var due = DigestFixture.Monday;
        var report = await service.BuildAsync(new DigestQuery(DigestFixture.Week47) { Late = true, DueAt = due, Region = "Kreis Düren" }, due.AddHours(30), CancellationToken.None);
        var text = DigestReplies.Digest(report, null, channelHasCards: true).Text!;

        Assert.Contains(DigestTexts.LateNote.Format("23.11.2026 08:00"), text);
        Assert.Contains(DigestTexts.RegionNote.Format("Kreis Düren"), text);
    }

    [Fact]
    public async Task Markdown_has_the_tables_and_every_open_request()
    {
        var markdown = DigestMarkdownWriter.Write(await DigestTestServices.Week47Async());

        Assert.StartsWith("# NrwBot-Digest KW 47", markdown);
        Assert.Contains("| Fortbildung & Coaching | 3 | ↑ | 1 |", markdown);
        Assert.Contains("| Kreis Düren | 3 | ↑ | 2 |", markdown);
        Assert.Contains("| Anna Schmidt | 3 | 2 |", markdown);
        Assert.Equal(5, markdown.Split('\n').Count(line => line.StartsWith("| 🔴 ") || line.StartsWith("| 🟠 ") || line.StartsWith("| ⚪ ")));
    }

    [Fact]
    public async Task Html_encodes_every_text_and_places_the_chart_given()
    {
        var input = DigestFixture.Input with
        {
            Requests = [.. DigestFixture.Requests, new DigestRequest("A-106", "Technik", "Hamm", DigestRequestState.Open, DigestFixture.At(2026, 11, 21, 9), null, null, "<script>alert('x')</script> Teams geht nicht")],
        };
        var html = DigestHtmlWriter.Write(await DigestTestServices.Week47Async(input: input), "cid:chart");

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<img src=\"cid:chart\"", html);
        Assert.Contains("Fortbildung &amp; Coaching", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<h2 style=\"font-size:16px;margin:20px 0 8px 0\">Neue Anfragen: 6 ↑ (Vorperiode: 3)</h2>", html);
    }

    [Fact]
    public async Task Csv_has_one_row_per_request_with_category_region_state_and_dates_and_nothing_personal()
    {
        var csv = DigestCsvWriter.Write(await DigestTestServices.Week47Async());
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("Nr.;Kategorie;Region;Status;Erstellt;Erledigt;Bewertung (1–5)", lines[0]);
        Assert.Equal(10, lines.Length);
        Assert.Contains("A-051;Technik;;erledigt;2026-11-02;2026-11-16;", lines);
        Assert.Contains("A-103;Fortbildung & Coaching;Kreis Düren;offen;2026-11-18;;", lines);
        Assert.DoesNotContain("Erika", csv);
    }

    [Fact]
    public void Csv_quotes_separators_and_defuses_formulas()
    {
        var report = new DigestReport
        {
            Period = DigestFixture.Week47,
            AsOf = DigestFixture.Monday,
            Requests = [new DigestRequestRow("=1+1", "Öffentlichkeits-; Pressearbeit", "Kreis \"Düren\"", DigestRequestState.Open, new DateOnly(2026, 11, 17), null)],
        };
        var row = DigestCsvWriter.Write(report).Split("\r\n")[1];

        Assert.Equal("'=1+1;\"Öffentlichkeits-; Pressearbeit\";\"Kreis \"\"Düren\"\"\";offen;2026-11-17;;", row);
    }

    [Fact]
    public async Task Json_carries_the_same_numbers()
    {
        using var json = JsonDocument.Parse(DigestJsonWriter.Write(await DigestTestServices.Week47Async()));
        var root = json.RootElement;

        Assert.Equal("2026-11-16", root.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal(5, root.GetProperty("newRequests").GetProperty("total").GetInt32());
        Assert.Equal("up", root.GetProperty("newRequests").GetProperty("byCategory")[0].GetProperty("trend").GetString());
        Assert.Equal(108.0, root.GetProperty("resolved").GetProperty("medianHoursToResolve").GetDouble());
        Assert.Equal(3, root.GetProperty("questions").GetProperty("unansweredGroups")[0].GetProperty("count").GetInt32());
        Assert.Equal(9, root.GetProperty("requests").GetArrayLength());
    }

    [Fact]
    public async Task The_chart_is_a_png_with_one_bar_row_per_category_and_none_without_requests()
    {
        var report = await DigestTestServices.Week47Async();
        var png = DigestChart.Png(report.NewByCategory)!;

        Assert.True(IsPng(png));
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal((560, 70 + 30 * 3), (bitmap.Width, bitmap.Height));
        // The palette keeps the bars' blue: the middle of the longest bar, at the top.
        var bar = bitmap.GetPixel(400, 60);
        Assert.Equal((0x1F, 0x6F, 0xB2), (bar.Red, bar.Green, bar.Blue));
        output.WriteLine($"chart: {png.Length} bytes");
        Assert.Null(DigestChart.Png([new DigestCount("Technik", 0, 2)]));
    }

    private static bool IsPng(byte[] bytes) => bytes.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
}
