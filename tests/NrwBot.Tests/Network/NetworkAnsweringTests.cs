using NrwBot.Dialogs.Network;
using NrwBot.Host.Network;
using NrwBot.Host.Outbox;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Network;

/// <summary>Answers by the card's form, in the channel card's thread and in the personal chat; „Hat geholfen“ and closing; bad input changes nothing.</summary>
public sealed class NetworkAnsweringTests
{
    private const string Question = "Wie habt ihr die Bestandsanalyse mit den Schulen organisiert?";
    private const string CardMessage = "1733000000555";

    private static async Task<NetworkHost> AskedAsync()
    {
        var network = await NetworkHost.StartAsync();
        await network.TurnAsync(network.Personal(TestPerson.Carl), "Netzwerkfragen an");
        await network.AskAsync(TestPerson.Erika, Question);
        return network;
    }

    [Fact]
    public async Task Answering_by_the_card_stores_once_tells_the_asker_and_updates_the_channel_card()
    {
        await using var network = await AskedAsync();
        var carl = network.Personal(TestPerson.Carl);

        var form = await network.TurnAsync(carl, ActivityAssert.Submit(OpenNetworkAnswer.Verb, (OpenNetworkAnswer.QuestionIdKey, "1")));
        Assert.Contains(SubmitNetworkAnswer.TextKey, ActivityAssert.InputIds(Assert.Single(form)));
        var submit = ActivityAssert.Submit(SubmitNetworkAnswer.Verb, (OpenNetworkAnswer.QuestionIdKey, "1"), (SubmitNetworkAnswer.TextKey, "Wir haben die Schulleitungen zuerst im Arbeitskreis gefragt."));
        var saved = await network.TextAsync(carl, submit);
        var again = await network.TextAsync(carl, ActivityAssert.Submit(SubmitNetworkAnswer.Verb, (OpenNetworkAnswer.QuestionIdKey, "1"), (SubmitNetworkAnswer.TextKey, "Wir haben die Schulleitungen zuerst im Arbeitskreis gefragt.")));

        TextAssert.Contains(NetworkTexts.AnswerSaved, saved);
        TextAssert.Contains(NetworkTexts.AnswerAgain, again);
        Assert.Single(await network.Store.AnswersAsync(1, default));
        var toErika = Assert.Single(await network.WaitingForAsync(TestPerson.Erika.Key));
        Assert.Contains("Schulleitungen", toErika);
        Assert.Contains(TestPerson.Carl.Name, toErika);
        Assert.Contains(NetworkTexts.HelpfulButton.German, toErika);
        // The channel card still waits: replaced in place by the newer state (one row, showing 1 answer).
        var facts = (await network.ChannelCardAsync()).Facts;
        Assert.Contains(facts, fact => fact.Label == NetworkTexts.CardAnswers.German && fact.Value == "1");
    }

    [Fact]
    public async Task A_reply_in_the_thread_of_the_card_is_an_answer_and_an_unrelated_thread_is_told_so()
    {
        await using var network = await AskedAsync();
        // What the outbox does when it posted the card: it keeps the message id, the root of the card's thread.
        await network.Store.RememberCardAsync(1, CardMessage, default);

        var saved = await network.TextAsync(network.Thread(NetworkHost.Dora, CardMessage), NetworkHost.Mentioning("Bei uns lief das über die Schulsozialarbeit, sehr gut."));
        var unrelated = await network.TextAsync(network.Thread(NetworkHost.Dora, "1733000000999"), NetworkHost.Mentioning("Bei uns lief das über die Schulsozialarbeit, sehr gut."));

        TextAssert.Contains(NetworkTexts.AnswerSaved, saved);
        TextAssert.Contains(NetworkTexts.UnrelatedThread, unrelated);
        // A command stays a command in a thread (the LKS may share the channel): it is not taken for an answer.
        var command = await network.TextAsync(network.Thread(NetworkHost.Dora, CardMessage), NetworkHost.Mentioning("N1 zurückziehen"));
        TextAssert.Contains(NetworkTexts.NotYourQuestion, command);
        var answer = Assert.Single(await network.Store.AnswersAsync(1, default));
        Assert.Equal(NetworkHost.Dora.Key, answer.AuthorKey);
    }

    [Fact]
    public async Task Without_a_mention_the_bot_stays_silent_in_threads_and_a_thread_of_a_closed_question_or_a_forged_card_stores_nothing()
    {
        await using var network = await AskedAsync();
        await network.Store.RememberCardAsync(1, CardMessage, default);
        var dora = network.Thread(NetworkHost.Dora, CardMessage);

        // Colleagues talk in threads all the time: only what is addressed to the bot is read (Teams sends the rest only with extra permissions).
        var unaddressed = await network.TurnAsync(dora, "Bei uns lief das über die Schulsozialarbeit, sehr gut.");
        var unaddressedElsewhere = await network.TurnAsync(network.Thread(NetworkHost.Dora, "1733000000999"), "Habt ihr schon den Termin für Freitag?");
        TextAssert.Contains(NetworkTexts.Closed, await network.TextAsync(network.Personal(TestPerson.Erika),
            ActivityAssert.Submit(CloseNetworkQuestion.Verb, (OpenNetworkAnswer.QuestionIdKey, "1"))));
        var closedThread = await network.TextAsync(dora, NetworkHost.Mentioning("Bei uns lief das über die Schulsozialarbeit, sehr gut."));
        var forgedCard = await network.TextAsync(network.Personal(TestPerson.Carl),
            ActivityAssert.Submit(SubmitNetworkAnswer.Verb, (OpenNetworkAnswer.QuestionIdKey, "1"), (SubmitNetworkAnswer.TextKey, "Wir haben die Schulleitungen zuerst gefragt.")));
        var forgedUnknown = await network.TextAsync(network.Personal(TestPerson.Carl),
            ActivityAssert.Submit(SubmitNetworkAnswer.Verb, (OpenNetworkAnswer.QuestionIdKey, "77"), (SubmitNetworkAnswer.TextKey, "Wir haben die Schulleitungen zuerst gefragt.")));

        Assert.Empty(unaddressed);
        Assert.Empty(unaddressedElsewhere);
        TextAssert.Contains(NetworkTexts.QuestionClosed, closedThread);
        TextAssert.Contains(NetworkTexts.QuestionClosed, forgedCard);
        TextAssert.Contains(NetworkTexts.UnknownQuestion, forgedUnknown);
        Assert.Empty(await network.Store.AnswersAsync(1, default));
        Assert.Empty(await network.WaitingForAsync(TestPerson.Erika.Key));
    }

    [Fact]
    public async Task An_answer_typed_in_the_personal_chat_reaches_the_asker_who_marks_it_helpful_and_closes()
    {
        await using var network = await AskedAsync();
        var carl = network.Personal(TestPerson.Carl);
        var erika = network.Personal(TestPerson.Erika);

        TextAssert.Contains(NetworkTexts.AnswerSaved, await network.TextAsync(carl, "Antwort auf N1: Wir haben einen Fragebogen an alle Schulen geschickt."));
        var forgedHelpful = await network.TextAsync(carl, ActivityAssert.Submit(MarkNetworkAnswerHelpful.Verb, (MarkNetworkAnswerHelpful.AnswerIdKey, "1")));
        var forgedClose = await network.TextAsync(carl, ActivityAssert.Submit(CloseNetworkQuestion.Verb, (OpenNetworkAnswer.QuestionIdKey, "1")));
        var helpful = await network.TextAsync(erika, ActivityAssert.Submit(MarkNetworkAnswerHelpful.Verb, (MarkNetworkAnswerHelpful.AnswerIdKey, "1")));
        var closed = await network.TextAsync(erika, ActivityAssert.Submit(CloseNetworkQuestion.Verb, (OpenNetworkAnswer.QuestionIdKey, "1")));
        var late = await network.TextAsync(network.Personal(NetworkHost.Dora), "Antwort auf N1: Wir haben es anders gemacht, über die Schulträger.");

        TextAssert.Contains(NetworkTexts.NotYourQuestion, forgedHelpful);
        TextAssert.Contains(NetworkTexts.NotYourQuestion, forgedClose);
        TextAssert.Contains(NetworkTexts.HelpfulThanks, helpful);
        TextAssert.Contains(NetworkTexts.Closed, closed);
        TextAssert.Contains(NetworkTexts.QuestionClosed, late);
        Assert.True(Assert.Single(await network.Store.AnswersAsync(1, default)).Helpful);
        Assert.Equal(NetworkState.Closed, (await network.Store.FindAsync(1, default))!.State);
        Assert.Contains(await network.WaitingForAsync(TestPerson.Carl.Key), text => TextAssert.IsIn(NetworkTexts.HelpfulToAuthor, text));
        Assert.Contains((await network.ChannelCardAsync()).Facts, fact => fact.Value == NetworkTexts.StateClosed.German);
    }

    [Fact]
    public async Task Answers_beyond_the_daily_limit_or_too_long_are_refused_and_the_asker_sees_how_far_the_copies_got()
    {
        await using var network = await NetworkHost.StartAsync(configure: builder => builder.Configuration["Network:MaxAnswersPerDay"] = "1");
        await network.TurnAsync(network.Personal(TestPerson.Carl), "Netzwerkfragen an");
        await network.AskAsync(TestPerson.Erika, Question);
        await network.AskAsync(TestPerson.Erika, "Wer hat Erfahrung mit Demokratiekonferenzen im ländlichen Raum?");
        var carl = network.Personal(TestPerson.Carl);

        var first = await network.TextAsync(carl, "Antwort auf N1: Wir haben einen Fragebogen an alle Schulen geschickt.");
        var again = await network.TextAsync(carl, "Antwort auf N1: Wir haben einen Fragebogen an alle Schulen geschickt.");
        var second = await network.TextAsync(carl, "Antwort auf N2: Wir im Kreis Düren, gern melden!");
        var tooLong = await network.TextAsync(network.Personal(NetworkHost.Dora), "Antwort auf N1: " + new string('a', NetworkOptions.MaxTextLength + 1));
        var askerView = await network.TextAsync(network.Personal(TestPerson.Erika), "N1");
        var othersView = await network.TextAsync(carl, "N1");

        TextAssert.Contains(NetworkTexts.AnswerSaved, first);
        TextAssert.Contains(NetworkTexts.AnswerAgain, again);
        TextAssert.Contains(NetworkTexts.AnswerDailyLimit, second);
        TextAssert.Contains(NetworkTexts.TooLong, tooLong);
        Assert.Empty(await network.Store.AnswersAsync(2, default));
        Assert.Single(await network.Store.AnswersAsync(1, default));
        // Nothing was delivered in this host (the outbox is off): the one copy to Carl still waits.
        Assert.Contains(NetworkTexts.Progress.Format(NrwBot.Host.Outbox.OutboxTexts.Progress.Format(0, 1)), askerView);
        Assert.DoesNotContain(NetworkTexts.Progress.Format(NrwBot.Host.Outbox.OutboxTexts.Progress.Format(0, 1)), othersView);
    }

    [Fact]
    public async Task Bad_answers_are_refused_with_a_clear_message_and_change_nothing()
    {
        await using var network = await AskedAsync();
        var carl = network.Personal(TestPerson.Carl);

        TextAssert.Contains(NetworkTexts.UnknownQuestion, await network.TextAsync(carl, "Antwort auf N42: Das haben wir auch schon gemacht, gut."));
        TextAssert.Contains(NetworkTexts.OwnQuestion, await network.TextAsync(network.Personal(TestPerson.Erika), "Antwort auf N1: Ergänzung zu meiner eigenen Frage."));
        TextAssert.Contains(NetworkTexts.AnswerTooShort, await network.TextAsync(carl, "Antwort auf N1: ok"));
        // A damaged card (no text) is refused by the binder.
        TextAssert.Contains(NrwBot.Dialogs.Routing.RoutingTexts.InvalidButton, await network.TextAsync(carl, ActivityAssert.Submit(SubmitNetworkAnswer.Verb, (OpenNetworkAnswer.QuestionIdKey, "1"))));

        Assert.Empty(await network.Store.AnswersAsync(1, default));
        Assert.Empty(await network.WaitingForAsync(TestPerson.Erika.Key));
    }
}
