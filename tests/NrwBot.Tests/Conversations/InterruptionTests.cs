using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Profile;
using NrwBot.Dialogs.Requests.Intake;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Conversations;

/// <summary>
/// A running form never traps a user (issue 12): on Teams every typed message is handled as if no form were open
/// and the form's card keeps working; on text channels an answer that fits continues the flow, and anything that
/// clearly is something else is answered and the question asked again. The rule is in <c>TurnRouter.IsAnswer</c>.
/// </summary>
public sealed class InterruptionTests
{
    private static readonly string Reminder = FlowTexts.StillOpen.German.Split("**")[2];
    private static readonly string AskedAgain = FlowTexts.InFlowHint.German.Split("**")[0];

    private static Activity ProfileSubmit(string region = "Kreis Düren") =>
        ActivityAssert.Submit(ProfileFlow.FlowName + ".submit", ("region", region), ("role", "fachkraft"));

    [Fact]
    public async Task On_Teams_a_question_during_the_profile_form_is_answered_the_reminder_comes_once_and_the_form_still_submits()
    {
        await using var host = await RequestsHost.StartAsync();
        var teams = host.Channel(TestPerson.Erika);
        Assert.Contains("region", ActivityAssert.InputIds(Assert.Single(await host.TurnAsync(teams, "Profil"))));

        var question = await host.TextOfTurnAsync(teams, "Wann ist der Verwendungsnachweis fällig?");
        Assert.Contains("Verwendungsnachweis", question);
        Assert.Contains(Reminder, question);

        var contact = await host.TextOfTurnAsync(teams, "Wer ist Ansprechpartner in Jülich?");
        Assert.Contains("Düren", contact);
        Assert.DoesNotContain(Reminder, contact);

        Assert.Contains(NrwBot.Dialogs.Profile.ProfileTexts.RoleFachkraft.German, await host.TextOfTurnAsync(teams, ProfileSubmit()));
    }

    /// <summary>The transcript in tests/ui/transcripts: Profil, a guideline question answered, the form submitted
    /// (set NRWBOT_TRANSCRIPT to a file name to write it again).</summary>
    [Fact]
    public async Task On_Teams_Profil_then_a_guideline_question_then_the_form_submitted_reads_as_the_transcript_shows()
    {
        await using var host = await RequestsHost.StartAsync();
        var teams = host.Channel(TestPerson.Erika);
        var lines = new List<string>();
        async Task<string> SayAsync(string shown, Activity activity)
        {
            var reply = RequestsHost.Visible(await host.TurnAsync(teams, activity));
            lines.Add("**Erika:** " + shown);
            lines.Add("**NrwBot:**\n\n" + reply.Replace("\n---\n", "\n\n— nächste Nachricht —\n\n", StringComparison.Ordinal));
            return reply;
        }

        TextAssert.Contains(ProfileTexts.RegionLabel, await SayAsync("Profil", new Activity { Type = ActivityTypes.Message, Text = "Profil" }));
        var question = "Wann ist der Verwendungsnachweis fällig?";
        Assert.Contains(Reminder, await SayAsync(question, new Activity { Type = ActivityTypes.Message, Text = question }));
        TextAssert.Contains(ProfileTexts.Saved, await SayAsync("(Formular: Kreis Düren, Fachkraft – Speichern)", ProfileSubmit()));

        if (Environment.GetEnvironmentVariable("NRWBOT_TRANSCRIPT") is { Length: > 0 } path)
            await File.WriteAllTextAsync(path, string.Join("\n\n", lines) + "\n");
    }

    [Fact]
    public async Task On_Teams_a_new_request_during_the_profile_form_opens_the_request_form_and_the_profile_card_still_saves()
    {
        await using var host = await RequestsHost.StartAsync();
        var teams = host.Channel(TestPerson.Erika);
        await host.TurnAsync(teams, "Profil");

        var request = await host.TurnAsync(teams, "Ich brauche Unterstützung bei der Vernetzung mit anderen Kreisen");
        Assert.Contains(request, reply => reply.AsMessageActivity().Attachments?.Count > 0 && ActivityAssert.InputIds(reply).Contains(IntakeDraft.DescriptionField));

        var saved = await host.TextOfTurnAsync(teams, ProfileSubmit("Hamm"));
        Assert.Contains("Hamm", saved);
        Assert.Contains(NrwBot.Dialogs.Profile.ProfileTexts.RoleFachkraft.German, saved);
    }

    [Fact]
    public async Task On_Teams_LKS_commands_and_patterns_during_a_form_are_handled_as_if_no_form_were_open()
    {
        await using var host = await RequestsHost.StartAsync();
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung zur Elternarbeit für das Team");
        var anna = host.Channel(TestPerson.Anna);
        await host.TurnAsync(anna, "Profil");

        var claim = await host.TextOfTurnAsync(anna, "#1 übernehmen");
        Assert.Contains("UB-2026-0001", claim);
        Assert.Contains(Reminder, claim);
        var digest = await host.TextOfTurnAsync(anna, "Digest letzte 30 Tage");
        TextAssert.Contains(DigestTexts.Title, digest);
        Assert.DoesNotContain(Reminder, digest);
        Assert.Equal(Dialogs.Requests.RequestState.InProgress, Assert.Single(await host.AllRequestsAsync()).State);
    }

    [Fact]
    public async Task On_Slack_a_Kreis_name_answers_the_Kreis_question_but_a_contact_question_is_answered_and_the_question_asked_again()
    {
        await using var host = await RequestsHost.StartAsync();
        var slack = host.Channel(TestPerson.Erika, channelId: "slack");
        await host.TurnAsync(slack, "Profil");

        var contact = await host.TextOfTurnAsync(slack, "Wer ist Ansprechpartner in Jülich?");
        Assert.Contains("Düren", contact);
        Assert.Contains(AskedAgain, contact);
        Assert.Contains("(1/2)", contact);

        Assert.Contains("(2/2)", await host.TextOfTurnAsync(slack, "Kreis Düren"));
    }

    [Fact]
    public async Task On_Slack_a_question_with_a_confident_answer_interrupts_while_an_unknown_place_is_refused_by_the_flow()
    {
        await using var host = await RequestsHost.StartAsync();
        var slack = host.Channel(TestPerson.Erika, channelId: "slack");
        await host.TurnAsync(slack, "Profil");

        var question = await host.TextOfTurnAsync(slack, "Wann ist der Verwendungsnachweis fällig?");
        Assert.Contains("Verwendungsnachweis", question);
        Assert.Contains("(1/2)", question);

        var unknown = await host.TextOfTurnAsync(slack, "Atlantis");
        TextAssert.Contains(ProfileTexts.RegionUnknown, unknown);
        Assert.DoesNotContain(AskedAgain, unknown);
        Assert.Contains("(1/2)", unknown);
    }

    [Fact]
    public async Task On_Slack_help_and_an_LKS_command_interrupt_the_intake_and_a_stated_need_is_an_answer_to_the_description()
    {
        await using var host = await RequestsHost.StartAsync();
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Fortbildung zur Elternarbeit für das Team");
        var slack = host.Channel(TestPerson.Anna, channelId: "slack");
        Assert.Contains("(1/7)", await host.TextOfTurnAsync(slack, "Unterstützung anfragen"));

        // On Slack nobody is LKS (only Teams vouches for identities): the LKS command is answered with the refusal,
        // and it still interrupts the intake, whose question comes again.
        var claim = await host.TextOfTurnAsync(slack, "#1 übernehmen");
        TextAssert.Contains(Dialogs.Requests.RequestsTexts.NotLks, claim);
        Assert.Contains(AskedAgain, claim);
        Assert.Contains("(1/7)", claim);
        var help = await host.TextOfTurnAsync(slack, "Hilfe");
        Assert.Contains(AskedAgain, help);
        Assert.Contains("(1/7)", help);

        Assert.Contains("(2/7)", await host.TextOfTurnAsync(slack, "Ich brauche Unterstützung bei der Vernetzung mit anderen Kreisen"));
    }

    [Fact]
    public async Task A_Senden_of_an_older_summary_says_the_card_is_out_of_date_shows_the_current_card_and_files_nothing()
    {
        await using var host = await RequestsHost.StartAsync();
        var teams = host.Channel(TestPerson.Erika);
        var first = Assert.Single(await host.TurnAsync(teams, IntakeSteps.Form("Fortbildung zur Elternarbeit für das Team")));
        var oldSend = ConfirmOf(first);
        await host.TurnAsync(teams, ActivityAssert.Submit(IntakeFlow.FlowName + ".edit"));
        var second = Assert.Single(await host.TurnAsync(teams, IntakeSteps.Form("Fortbildung zur Elternarbeit für das ganze Team", region: "Hamm")));

        var stale = await host.TurnAsync(teams, oldSend);
        TextAssert.Contains(FlowTexts.StaleCard, ActivityAssert.VisibleText(stale[0]));
        Assert.Contains("Hamm", ActivityAssert.VisibleText(stale[^1]));
        Assert.Empty(await host.AllRequestsAsync());

        await host.TurnAsync(teams, ConfirmOf(second));
        Assert.Equal("Hamm", Assert.Single(await host.AllRequestsAsync()).Region);
    }

    [Fact]
    public async Task A_Senden_of_the_request_summary_while_a_new_request_form_is_open_is_stale_and_never_throws()
    {
        await using var host = await RequestsHost.StartAsync();
        var teams = host.Channel(TestPerson.Erika);
        await host.TurnAsync(teams, IntakeSteps.Form("Fortbildung zur Elternarbeit für das Team"));
        await host.TurnAsync(teams, ActivityAssert.Submit(StartRequest.Verb));

        var stale = await host.TurnAsync(teams, IntakeSteps.Confirm());
        TextAssert.Contains(FlowTexts.StaleCard, ActivityAssert.VisibleText(stale[0]));
        Assert.Contains(IntakeDraft.DescriptionField, ActivityAssert.InputIds(stale[^1]));
        Assert.DoesNotContain(stale, reply => TextAssert.IsIn(Dialogs.Routing.RoutingTexts.Error, ActivityAssert.VisibleText(reply)));
        Assert.Empty(await host.AllRequestsAsync());
    }

    [Fact]
    public async Task A_forged_intake_submit_without_a_valid_urgency_gets_the_form_with_the_error_and_cannot_be_sent()
    {
        await using var host = await RequestsHost.StartAsync();
        var teams = host.Channel(TestPerson.Erika);

        var refused = await host.TextOfTurnAsync(teams, IntakeSteps.Form("Fortbildung zur Elternarbeit für das Team", urgency: "sofort!!"));
        TextAssert.Contains(FlowTexts.FixErrors, refused);
        TextAssert.DoesNotContain(Dialogs.Routing.RoutingTexts.Error, refused);
        var send = await host.TextOfTurnAsync(teams, IntakeSteps.Confirm());
        TextAssert.Contains(FlowTexts.StaleCard, send);
        Assert.Empty(await host.AllRequestsAsync());
    }

    [Fact]
    public async Task A_card_value_longer_than_the_text_limit_gets_the_same_friendly_message_as_a_long_text()
    {
        await using var host = await RequestsHost.StartAsync();
        var teams = host.Channel(TestPerson.Erika);

        var reply = await host.TextOfTurnAsync(teams, ActivityAssert.Submit("kb.ask", ("text", string.Join(' ', Enumerable.Repeat("Förderung", 18_000)))));

        Assert.Contains(Dialogs.Routing.RoutingTexts.TooLong.German.Split('(')[0], reply);
    }

    [Theory]
    [InlineData("kb.open")]
    [InlineData("kb.ask")]
    [InlineData("requests.fromquestion")]
    public async Task A_typed_card_action_without_its_values_gets_a_friendly_refusal(string verb)
    {
        await using var host = await RequestsHost.StartAsync();
        var teams = host.Channel(TestPerson.Erika);

        var reply = await host.TextOfTurnAsync(teams, ActivityAssert.Submit(verb, ("id", " "), ("qid", new string('1', 300))));

        TextAssert.Contains(Dialogs.Routing.RoutingTexts.InvalidButton, reply);
    }

    [Fact]
    public async Task A_turn_that_fails_keeps_the_draft_so_Senden_works_afterwards()
    {
        await using var host = await RequestsHost.StartAsync(replaceServices: services =>
        {
            services.AddSingleton(provider => new FlakyRequestStore(provider.GetRequiredService<Host.Requests.EfRequestStore>()));
            services.AddSingleton<Dialogs.Requests.IRequestStore>(provider => provider.GetRequiredService<FlakyRequestStore>());
        });
        var store = host.Services.GetRequiredService<FlakyRequestStore>();
        var teams = host.Channel(TestPerson.Erika);
        var summary = Assert.Single(await host.TurnAsync(teams, IntakeSteps.Form("Fortbildung zur Elternarbeit für das Team")));

        store.Crashing = true;
        TextAssert.Contains(Dialogs.Routing.RoutingTexts.Error, await host.TextOfTurnAsync(teams, ConfirmOf(summary)));
        store.Crashing = false;

        Assert.Contains("UB-2026-0001", await host.TextOfTurnAsync(teams, ConfirmOf(summary)));
        Assert.Single(await host.AllRequestsAsync());
    }

    /// <summary>The „Senden“ of a summary card, with the data it carries (the draft it belongs to).</summary>
    private static Activity ConfirmOf(IActivity summary)
    {
        var data = ActivityAssert.Card(summary).SelectTokens("actions[*].data").OfType<JObject>()
            .Single(token => token["verb"]?.ToString() == IntakeFlow.FlowName + ".confirm");
        return new Activity { Type = ActivityTypes.Message, Value = data.DeepClone() };
    }
}
