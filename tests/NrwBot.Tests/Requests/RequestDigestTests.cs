using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Digest;

namespace NrwBot.Tests.Requests;

/// <summary>Requests filed through the intake reach the LKS digest, counted, with texts as the LKS may see them.</summary>
public sealed class RequestDigestTests
{
    [Fact]
    public async Task Filed_requests_are_counted_in_the_digest_and_texts_without_consent_stay_redacted()
    {
        await using var host = await RequestsHost.StartAsync();
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung zu Verschwörungserzählungen für das Team", region: "Kreis Düren");
        await IntakeSteps.FileAsync(host, TestPerson.Carl, "Fortbildung zur Moderation, bitte Rückruf unter 0221 4710 999", region: "Hamm", consent: false);
        host.Clock.Advance(TimeSpan.FromDays(1));

        var digest = await host.TextOfTurnAsync(host.Channel(TestPerson.Anna), "Digest letzte 30 Tage");
        var refused = await host.TextOfTurnAsync(host.Channel(TestPerson.Carl), "Digest");

        Assert.Contains("Fortbildung & Coaching", digest);
        Assert.Contains("2", digest);
        Assert.Contains("Kreis Düren", digest);
        Assert.Contains("Hamm", digest);
        Assert.DoesNotContain("4710 999", digest);
        Assert.DoesNotContain("Fortbildung & Coaching", refused);
    }

    [Fact]
    public async Task Ratings_are_counted_and_averaged_per_category_with_their_comments_and_no_names()
    {
        await using var host = await RequestsHost.StartAsync();
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung zu Verschwörungserzählungen für das Team");
        await IntakeSteps.FileAsync(host, TestPerson.Carl, "Fortbildung zur Moderation schwieriger Gespräche", region: "Hamm");
        var anna = host.Channel(TestPerson.Anna);
        await host.TurnAsync(anna, "#1 erledigt: Termin steht");
        await host.TurnAsync(anna, "#2 erledigt: Referentin vermittelt");
        await host.TurnAsync(host.Channel(TestPerson.Erika), "#1 bewerten 4 gut erklärt");
        await host.TurnAsync(host.Channel(TestPerson.Carl), "#2 bewerten 1");
        host.Clock.Advance(TimeSpan.FromDays(1));

        var digest = await host.TextOfTurnAsync(anna, "Digest letzte 30 Tage");

        Assert.Contains(Dialogs.Digest.DigestTexts.RatingsHeading.German + ": " + Dialogs.Digest.DigestTexts.RatingsFact.Format(2, "2,5"), digest);
        Assert.Contains(Dialogs.Digest.DigestTexts.RatingItem.Format("Fortbildung & Coaching", 2, "2,5") + " – „gut erklärt“", digest.Replace("\\&", "&"));
        Assert.DoesNotContain("Erika", digest);
        Assert.DoesNotContain("Carl", digest);
    }

    [Fact]
    public async Task The_digest_shows_the_on_time_share_and_the_median_time_to_first_response_per_category()
    {
        await using var host = await RequestsHost.StartAsync();
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung zu Verschwörungserzählungen für das Team"); // due 07.12.
        await IntakeSteps.FileAsync(host, TestPerson.Carl, "Fortbildung zur Moderation schwieriger Gespräche", region: "Hamm", urgency: "dringend"); // due 25.11.
        var anna = host.Channel(TestPerson.Anna);
        host.Clock.Advance(TimeSpan.FromHours(2));
        await host.TurnAsync(anna, "#1 übernehmen");
        await host.TurnAsync(anna, "#1 notiz: erst Referentin fragen");
        host.Clock.Advance(TimeSpan.FromHours(2));
        await host.TurnAsync(anna, "#2 übernehmen");
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
        await host.TurnAsync(anna, "#2 erledigt: Referentin vermittelt");
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await host.TurnAsync(anna, "#1 erledigt: Termin steht");

        var digest = (await host.TextOfTurnAsync(anna, "Digest letzte 30 Tage")).Replace("\\&", "&");

        Assert.Contains(DigestTexts.ServiceLevelsHeading.German + ": " + DigestTexts.ServiceLevelsFact.Format(1, 2), digest);
        Assert.Contains(DigestTexts.ServiceLevelItem.Format("Fortbildung & Coaching", DigestTexts.OnTimeShare.Format(50, 1, 2),
            DigestTexts.FirstResponse.Format(DigestFormat.Duration(TimeSpan.FromHours(3)), 2)), digest);
    }

    [Fact]
    public async Task A_rating_given_in_the_period_counts_although_the_request_was_closed_before_and_the_csv_has_its_stars()
    {
        await using var host = await RequestsHost.StartAsync();
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung zu Verschwörungserzählungen für das Team");
        await host.TurnAsync(host.Channel(TestPerson.Anna), "#1 erledigt: Termin steht");
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero)); // 10 days after closing, within the 14 days
        await host.TurnAsync(host.Channel(TestPerson.Erika), "#1 bewerten 5 sehr hilfreich");
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 8, 10, 0, 0, TimeSpan.Zero));
        var service = host.Services.GetRequiredService<DigestService>();
        var now = host.Clock.GetUtcNow();

        var report = await service.BuildAsync(new DigestQuery(DigestPeriod.PreviousWeek(now, DigestPeriod.DefaultZone)), now, CancellationToken.None);
        var csv = DigestCsvWriter.Write(report);

        Assert.Equal(0, report.NewRequests);
        Assert.Equal(0, report.Resolved);
        Assert.Equal(1, report.RatingCount);
        Assert.Equal(5, report.Ratings.Single().Average);
        Assert.Contains(DigestTexts.ColumnStars.German, csv);
        Assert.Contains(";2026-11-23;2026-11-23;5\r\n", csv);
    }
}
