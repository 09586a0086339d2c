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
}
