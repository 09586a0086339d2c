using NrwBot.Dialogs.Network;
using NrwBot.Host.Network;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Network;

/// <summary>The LKS hides questions and answers with a reason told to the author; nobody else can, not even with a forged card; authors withdraw their own.</summary>
public sealed class NetworkModerationTests
{
    private static async Task<NetworkHost> AnsweredAsync()
    {
        var network = await NetworkHost.StartAsync();
        await network.AskAsync(TestPerson.Erika, "Wie organisiert ihr die Bestandsanalyse mit Schulen?");
        await network.TurnAsync(network.Personal(TestPerson.Carl), "Antwort auf N1: Mit einem kurzen Fragebogen an alle Schulleitungen.");
        return network;
    }

    [Fact]
    public async Task A_normal_user_cannot_hide_by_command_or_forged_card()
    {
        await using var network = await AnsweredAsync();
        var carl = network.Personal(TestPerson.Carl);

        var typed = await network.TextAsync(carl, "N1 ausblenden: gefällt mir nicht");
        var forged = await network.TextAsync(carl, ActivityAssert.Submit(HideNetworkPost.Verb, (HideNetworkPost.NumberKey, "A1"), (HideNetworkPost.ReasonKey, "weg damit")));
        var forgedForm = await network.TextAsync(carl, ActivityAssert.Submit(OpenHideForm.Verb, (HideNetworkPost.NumberKey, "N1")));

        TextAssert.Contains(NetworkTexts.NotLks, typed);
        TextAssert.Contains(NetworkTexts.NotLks, forged);
        TextAssert.Contains(NetworkTexts.NotLks, forgedForm);
        Assert.Equal(NetworkState.Open, (await network.Store.FindAsync(1, default))!.State);
        Assert.False(Assert.Single(await network.Store.AnswersAsync(1, default)).Hidden);
    }

    [Fact]
    public async Task The_LKS_hides_an_answer_and_a_question_the_authors_learn_why_and_answers_stop()
    {
        await using var network = await AnsweredAsync();
        var anna = network.Personal(TestPerson.Anna);

        var form = await network.TurnAsync(anna, ActivityAssert.Submit(OpenHideForm.Verb, (HideNetworkPost.NumberKey, "N1")));
        var answerHidden = await network.TextAsync(anna, "A1 ausblenden: Enthält interne Angaben");
        var questionHidden = await network.TextAsync(anna, ActivityAssert.Submit(HideNetworkPost.Verb, (HideNetworkPost.NumberKey, "N1"), (HideNetworkPost.ReasonKey, "Doppelt gestellt")));
        var twice = await network.TextAsync(anna, "N1 ausblenden: Doppelt gestellt");
        var late = await network.TextAsync(network.Personal(NetworkHost.Dora), "Antwort auf N1: Wir machen das mit einem Fragebogen.");

        Assert.Contains(HideNetworkPost.ReasonKey, ActivityAssert.InputIds(form[0]));
        TextAssert.Contains(NetworkTexts.HiddenAnswer, answerHidden);
        TextAssert.Contains(NetworkTexts.HiddenQuestion, questionHidden);
        TextAssert.Contains(NetworkTexts.HiddenAlready, twice);
        TextAssert.Contains(NetworkTexts.QuestionGone, late);
        Assert.Contains(await network.WaitingForAsync(TestPerson.Carl.Key), text => text.Contains("Enthält interne Angaben"));
        Assert.Contains(await network.WaitingForAsync(TestPerson.Erika.Key), text => text.Contains("Doppelt gestellt"));
        Assert.True(Assert.Single(await network.Store.AnswersAsync(1, default)).Hidden);
        var card = await network.ChannelCardAsync();
        Assert.DoesNotContain("Bestandsanalyse", card.Text);
        TextAssert.Contains(NetworkTexts.CardRemoved, card.Text);
    }

    [Fact]
    public async Task Authors_withdraw_their_own_posts_but_not_anyone_elses()
    {
        await using var network = await AnsweredAsync();

        var notTheirs = await network.TextAsync(network.Personal(NetworkHost.Dora), "A1 zurückziehen");
        var notHers = await network.TextAsync(network.Personal(TestPerson.Carl), "N1 zurückziehen");
        var answer = await network.TextAsync(network.Personal(TestPerson.Carl), "A1 zurückziehen");
        var question = await network.TextAsync(network.Personal(TestPerson.Erika), "N1 zurückziehen");

        TextAssert.Contains(NetworkTexts.NotYourAnswer, notTheirs);
        TextAssert.Contains(NetworkTexts.NotYourQuestion, notHers);
        TextAssert.Contains(NetworkTexts.Withdrawn, answer);
        TextAssert.Contains(NetworkTexts.Withdrawn, question);
        Assert.Equal(NetworkState.Withdrawn, (await network.Store.FindAsync(1, default))!.State);
    }
}
