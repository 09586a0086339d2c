using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using NrwBot.Dialogs.Requests;
using NrwBot.Tests.Infrastructure;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Help;

namespace NrwBot.Tests.Requests;

/// <summary>Filing a request through the whole pipeline: route table, flow state, rendering per channel, the store.</summary>
public sealed class IntakeConversationTests
{
    [Fact]
    public async Task On_Teams_the_users_words_open_one_form_with_proposals_and_Senden_stores_and_confirms_with_a_number()
    {
        await using var host = await RequestsHost.StartAsync();
        var teams = host.Channel(TestPerson.Erika);
        await host.TurnAsync(teams, ActivityAssert.Submit("profile.submit", ("region", "Kreis Düren"), ("role", "fachkraft")));

        var opened = await host.TurnAsync(teams, "Ich brauche Unterstützung bei einer Fortbildung zum Umgang mit rechten Parolen, dringend bis Freitag");

        var form = ActivityAssert.Card(Assert.Single(opened));
        Assert.Equal(["category", "description", "region", "urgency", "date", "consent", "confidential"], ActivityAssert.InputIds(opened[0]));
        Assert.Equal(IntakeSteps.Fortbildung, InputValue(form, "category"));
        Assert.Equal("Kreis Düren", InputValue(form, "region"));
        Assert.Equal("dringend", InputValue(form, "urgency"));
        Assert.StartsWith("Ich brauche Unterstützung bei einer Fortbildung", InputValue(form, "description"));

        var summary = Assert.Single(await host.TurnAsync(teams, IntakeSteps.Form("Fortbildung zum Umgang mit rechten Parolen für unser Team", urgency: "dringend", date: "2026-12-15")));
        Assert.Equal(["intake.confirm", "intake.edit", "intake.cancel"], ActivityAssert.ButtonVerbs(summary));
        Assert.Contains("15.12.2026", ActivityAssert.VisibleText(summary));
        Assert.Empty(await host.AllRequestsAsync());

        var confirmation = RequestsHost.Visible(await host.TurnAsync(teams, IntakeSteps.Confirm()));

        Assert.Contains("UB-2026-0001", confirmation);
        TextAssert.Contains(RequestsTexts.Confirmed, confirmation);
        TextAssert.Contains(RequestsTexts.ConfirmedUrgent, confirmation);
        var stored = Assert.Single(await host.AllRequestsAsync());
        Assert.Equal((IntakeSteps.Fortbildung, "Kreis Düren", Urgency.Urgent, new DateOnly(2026, 12, 15), true, TestPerson.Erika.Key, "Erika Musterfrau"),
            (stored.CategoryId, stored.Region, stored.Urgency, stored.PreferredDate, stored.Consent, stored.RequesterKey, stored.RequesterName));
        var card = host.LksChannel.Current(stored.Id);
        Assert.Contains("UB-2026-0001", card.Title);
        Assert.Equal(["requests.claim", "requests.proposal.accept", "requests.answer", "requests.finish", "requests.reject"], ReplyText.Verbs(card));
    }

    [Fact]
    public async Task On_Slack_the_same_fields_are_asked_step_by_step_with_proposals_taken_by_ok()
    {
        await using var host = await RequestsHost.StartAsync();
        var slack = host.Channel(TestPerson.Erika, channelId: "slack");
        await host.TurnAsync(slack, "Profil");
        await host.TurnAsync(slack, "Hamm");
        await host.TurnAsync(slack, "1");

        var first = await host.TextOfTurnAsync(slack, "Unterstützung anfragen");
        Assert.Contains("(1/7)", first);
        TextAssert.Contains(RequestsTexts.DescriptionPrompt, first);
        var category = await host.TextOfTurnAsync(slack, "Wir suchen eine Referentin für einen Vortrag über Verschwörungserzählungen");
        Assert.Contains("(2/7)", category);
        Assert.Contains("Mein Vorschlag: **Referent\\*innen & Expertise**", category.Replace("Referent*innen", "Referent\\*innen"));
        Assert.Contains("(3/7)", await host.TextOfTurnAsync(slack, "ok"));
        var urgency = await host.TextOfTurnAsync(slack, "ok");
        Assert.Contains("(4/7)", urgency);
        Assert.Contains("(5/7)", await host.TextOfTurnAsync(slack, "2"));
        Assert.Contains("(6/7)", await host.TextOfTurnAsync(slack, "-"));
        var confidential = await host.TextOfTurnAsync(slack, "nein");
        Assert.Contains("(7/7)", confidential);
        TextAssert.Contains(RequestsTexts.ConfidentialPrompt, confidential);
        var summary = await host.TextOfTurnAsync(slack, "nein");
        Assert.Contains("Hamm", summary);
        TextAssert.Contains(RequestsTexts.SummaryQuestion, summary);
        TextAssert.Contains(RequestsTexts.SummaryWithoutConsent, summary);

        var confirmation = await host.TextOfTurnAsync(slack, "Senden");

        Assert.Contains("UB-2026-0001", confirmation);
        var stored = Assert.Single(await host.AllRequestsAsync());
        Assert.Equal(("referenten-expertise", "Hamm", Urgency.Urgent, false, null), (stored.CategoryId, stored.Region, stored.Urgency, stored.Consent, stored.RequesterName));
        // Identities are bound to their channel: on Slack Erika is known by her Slack id, not her Entra id.
        Assert.Equal("user:slack:" + TestPerson.Erika.Id, stored.RequesterKey);
    }

    [Fact]
    public async Task Refused_answers_are_asked_again_on_Slack()
    {
        await using var host = await RequestsHost.StartAsync();
        var slack = host.Channel(TestPerson.Erika, channelId: "slack");
        await host.TurnAsync(slack, "Unterstützung anfragen");
        Assert.Contains(RequestsTexts.DescriptionTooShort.Format(10), await host.TextOfTurnAsync(slack, "Referent"));
        await host.TurnAsync(slack, "Beratung zur Fortschreibung unseres Handlungskonzepts");
        await host.TurnAsync(slack, "ok");
        Assert.Contains(RequestsTexts.RegionUnknown.Format("Atlantis"), await host.TextOfTurnAsync(slack, "Atlantis"));
        await host.TurnAsync(slack, "Dortmund");
        await host.TurnAsync(slack, "1");
        var pastDate = await host.TextOfTurnAsync(slack, "1.1.2020");
        TextAssert.Contains(RequestsTexts.DateInPast, pastDate);
        Assert.Contains("(5/7)", pastDate);
    }

    [Fact]
    public async Task Aendern_shows_the_form_again_with_the_values_and_the_summary_shows_the_change()
    {
        await using var host = await RequestsHost.StartAsync();
        var teams = host.Channel(TestPerson.Erika);
        await host.TurnAsync(teams, "Unterstützung anfragen");
        await host.TurnAsync(teams, IntakeSteps.Form("Austausch mit anderen Büros zur Elternarbeit", category: IntakeSteps.Vernetzung));

        var edit = Assert.Single(await host.TurnAsync(teams, ActivityAssert.Submit("intake.edit")));
        Assert.Equal("Austausch mit anderen Büros zur Elternarbeit", InputValue(ActivityAssert.Card(edit), "description"));
        var summary = ActivityAssert.VisibleText(Assert.Single(await host.TurnAsync(teams,
            IntakeSteps.Form("Austausch mit anderen Büros zur Elternarbeit", region: "Solingen", category: IntakeSteps.Vernetzung))));
        Assert.Contains("Solingen", summary);
        await host.TurnAsync(teams, IntakeSteps.Confirm());
        Assert.Equal("Solingen", Assert.Single(await host.AllRequestsAsync()).Region);
    }

    [Fact]
    public async Task Cancel_at_any_point_stores_nothing_and_posts_no_card()
    {
        await using var host = await RequestsHost.StartAsync();
        var slack = host.Channel(TestPerson.Erika, channelId: "slack");
        await host.TurnAsync(slack, "Ich brauche Unterstützung bei der Bestandsanalyse");
        await host.TurnAsync(slack, "ok");
        TextAssert.Contains(FlowTexts.Cancelled, await host.TextOfTurnAsync(slack, "abbrechen"));
        var teams = host.Channel(TestPerson.Erika);
        await host.TurnAsync(teams, IntakeSteps.Form("Hilfe bei der Bestandsanalyse für den Kreis"));
        TextAssert.Contains(FlowTexts.Cancelled, await host.TextOfTurnAsync(teams, ActivityAssert.Submit("intake.cancel")));

        Assert.Empty(await host.AllRequestsAsync());
        Assert.Empty(host.LksChannel.Shown);
    }

    [Fact]
    public async Task A_second_click_on_Senden_after_sending_does_not_open_a_new_form_or_store_again()
    {
        await using var host = await RequestsHost.StartAsync();
        var teams = host.Channel(TestPerson.Erika);
        await host.TurnAsync(teams, IntakeSteps.Form("Coaching für die neue Fachkraft in unserem Büro"));
        await host.TurnAsync(teams, IntakeSteps.Confirm());

        var again = await host.TextOfTurnAsync(teams, IntakeSteps.Confirm());

        TextAssert.Contains(RequestsTexts.AlreadySent, again);
        Assert.Single(await host.AllRequestsAsync());
    }

    [Fact]
    public async Task The_knowledge_features_forwarded_question_opens_the_form_with_it()
    {
        await using var host = await RequestsHost.StartAsync();
        var opened = Assert.Single(await host.TurnAsync(host.Channel(TestPerson.Erika),
            ActivityAssert.Submit("requests.fromquestion", ("question", "Dürfen Honorare für Referentinnen aus dem Sachkostenbudget gezahlt werden?"))));
        var form = ActivityAssert.Card(opened);
        Assert.Equal("Dürfen Honorare für Referentinnen aus dem Sachkostenbudget gezahlt werden?", InputValue(form, "description"));
        Assert.False(string.IsNullOrEmpty(InputValue(form, "category")));
    }

    [Fact]
    public async Task An_open_request_of_the_same_region_and_category_is_mentioned_and_both_are_linked()
    {
        await using var host = await RequestsHost.StartAsync();
        var first = await IntakeSteps.FileAsync(host, TestPerson.Carl, "Fortbildung Argumentationstraining für Ehrenamtliche");
        var teams = host.Channel(TestPerson.Erika);
        await host.TurnAsync(teams, IntakeSteps.Form("Schulung zu rechten Codes für Jugendarbeit"));

        var confirmation = await host.TextOfTurnAsync(teams, IntakeSteps.Confirm());

        Assert.Contains("UB-2026-0002", confirmation);
        TextAssert.Contains(RequestsTexts.ConfirmedDuplicate, confirmation);
        Assert.Contains(first.Number.ToString(), confirmation);
        var second = (await host.AllRequestsAsync()).Single(request => request.Id != first.Id);
        Assert.Equal([first.Number], second.Links);
        Assert.Contains(second.Number.ToString(), ReplyText.Of(host.LksChannel.Current(first.Id)));
        Assert.Contains(first.Number.ToString(), ReplyText.Of(host.LksChannel.Current(second.Id)));
    }

    [Fact]
    public async Task Users_who_write_English_are_asked_and_answered_in_English()
    {
        await using var host = await RequestsHost.StartAsync();
        var slack = host.Channel(TestPerson.Erika, channelId: "slack");
        var first = await host.TextOfTurnAsync(slack, "I need support with a training for our team on right-wing slogans");
        TextAssert.Contains(RequestsTexts.IntakeIntroFromWords, first, english: true);
        TextAssert.Contains(RequestsTexts.KeepHint, first, english: true);
        await host.TurnAsync(slack, "ok");
        await host.TurnAsync(slack, "ok");
        await host.TurnAsync(slack, "Bielefeld");
        await host.TurnAsync(slack, "1");
        await host.TurnAsync(slack, "-");
        TextAssert.Contains(RequestsTexts.ConfidentialPrompt, await host.TextOfTurnAsync(slack, "yes"), english: true);
        TextAssert.Contains(RequestsTexts.SummaryQuestion, await host.TextOfTurnAsync(slack, "no"), english: true);

        var confirmation = await host.TextOfTurnAsync(slack, "send");

        TextAssert.Contains(RequestsTexts.Confirmed, confirmation, english: true);
        Assert.Equal("en", Assert.Single(await host.AllRequestsAsync()).Language);
    }

    [Fact]
    public async Task Help_offers_Unterstuetzung_anfragen_after_the_profile_and_the_button_opens_the_intake()
    {
        await using var host = await RequestsHost.StartAsync();
        var slack = host.Channel(TestPerson.Erika, channelId: "slack");

        var help = await host.TextOfTurnAsync(slack, "Hilfe");
        Assert.Contains("1. Profil", help);
        Assert.Contains("2. Unterstützung anfragen", help);
        Assert.DoesNotContain(HelpTexts.Jobs.Single(job => job.Capability == Capability.Requests).Description.German + "**" + HelpTexts.SoonSuffix.German, help);
        Assert.Contains("(1/7)", await host.TextOfTurnAsync(slack, "2"));
    }

    private static string? InputValue(JObject card, string id) =>
        card.SelectToken($"body[?(@.id=='{id}')].value")?.ToString();
}
