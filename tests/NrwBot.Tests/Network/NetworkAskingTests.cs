using Microsoft.Bot.Schema;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Network;
using NrwBot.Host.Network;
using NrwBot.Host.Outbox;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Network;

/// <summary>„Frag das Netzwerk: …“: the check for personal data, the choice of name, one stored question per draft, the channel card and the peers.</summary>
public sealed class NetworkAskingTests
{
    private const string Question = "Wie habt ihr die Bestandsanalyse mit den Schulen organisiert? Erreichbar bin ich unter 0221 4710 998.";

    [Fact]
    public async Task The_user_sees_the_redacted_text_and_chooses_name_or_Regierungsbezirk()
    {
        await using var network = await NetworkHost.StartAsync();
        var erika = network.Personal(TestPerson.Erika);
        await network.TurnAsync(erika, ActivityAssert.Submit("profile.submit", ("region", "Kreis Düren"), ("role", "fachkraft")));

        var check = await network.TurnAsync(erika, "Frag das Netzwerk: " + Question);
        var text = RequestsHost.Visible(check);

        Assert.DoesNotContain("4710 998", text);
        TextAssert.Contains(NetworkTexts.ConfirmRedacted, text);
        Assert.Contains(NetworkTexts.PostNamed.German, text);
        Assert.Contains(NetworkTexts.PostAnonymous.Format(NetworkTexts.AnonymousInRegion.Format("Köln")), text);
        // Nothing is stored before the user confirms.
        Assert.Null(await network.Store.FindAsync(1, default));
    }

    [Fact]
    public async Task Confirming_stores_one_question_posts_the_card_and_sends_it_to_the_nearest_colleague_who_allowed_it()
    {
        await using var network = await NetworkHost.StartAsync();
        await network.TurnAsync(network.Personal(TestPerson.Carl), "Netzwerkfragen an");
        var erika = network.Personal(TestPerson.Erika);
        await network.TurnAsync(erika, ActivityAssert.Submit("profile.submit", ("region", "Kreis Düren"), ("role", "fachkraft")));
        var check = await network.TurnAsync(erika, "Frag das Netzwerk: " + Question);

        var confirmed = await network.TextAsync(erika, NetworkHost.Click(check, anonymous: true));
        var doubleClick = await network.TextAsync(erika, NetworkHost.Click(check, anonymous: true));

        TextAssert.Contains(NetworkTexts.Posted, confirmed);
        Assert.Contains("N1", confirmed);
        Assert.Contains(OutboxTexts.Progress.Format(0, 1), confirmed);
        TextAssert.Contains(NetworkTexts.PostedAgain, doubleClick);
        var question = Assert.IsType<NetworkQuestion>(await network.Store.FindAsync(1, default));
        Assert.Null(await network.Store.FindAsync(2, default));
        Assert.Null(question.AskerName);
        Assert.Equal("Köln", question.Regierungsbezirk);
        Assert.DoesNotContain("4710 998", question.Text);

        var outbox = await network.OutboxAsync();
        var card = Assert.Single(outbox, record => record.Kind == NetworkChannelCards.CardKind);
        Assert.Equal("conversation:" + NetworkHost.NetworkTeam, card.TargetKey);
        var shown = await network.ChannelCardAsync();
        Assert.Contains(shown.Facts, fact => fact.Value == NetworkTexts.AnonymousInRegion.Format("Köln"));
        Assert.DoesNotContain(TestPerson.Erika.Name, shown.Text + string.Join(" ", shown.Facts.Select(fact => fact.Value)));
        // Carl (Kreis Düren, Bestandsanalyse) said yes; Dora (Euskirchen, same topic) did not: only Carl gets it.
        var personal = Assert.Single(outbox, record => record.Kind == NetworkPersonalCopies.CopyKind);
        Assert.Equal(TestPerson.Carl.Key, personal.TargetKey);
        Assert.Equal(question.BatchId, personal.BatchId);
        Assert.Contains("Bestandsanalyse", Assert.Single(await network.WaitingForAsync(TestPerson.Carl.Key)));
    }

    [Fact]
    public async Task Under_the_name_the_card_shows_the_name_and_peers_nearest_first_up_to_the_limit()
    {
        await using var network = await NetworkHost.StartAsync();
        await network.TurnAsync(network.Personal(TestPerson.Carl), "Netzwerkfragen an");
        await network.TurnAsync(network.Personal(NetworkHost.Dora), "Netzwerkfragen an");

        var confirmed = await network.AskAsync(TestPerson.Erika, Question, anonymous: false, region: "Kreis Euskirchen");

        TextAssert.Contains(NetworkTexts.Posted, confirmed);
        var outbox = await network.OutboxAsync();
        Assert.Contains((await network.ChannelCardAsync()).Facts, fact => fact.Value == TestPerson.Erika.Name);
        // Seen from Euskirchen, Dora (Euskirchen) is nearer than Carl (Düren).
        Assert.Equal([NetworkHost.Dora.Key, TestPerson.Carl.Key], outbox.Where(record => record.Kind == NetworkPersonalCopies.CopyKind).Select(record => record.TargetKey));
    }

    [Fact]
    public async Task Opting_out_stops_personal_questions()
    {
        await using var network = await NetworkHost.StartAsync();
        var carl = network.Personal(TestPerson.Carl);
        TextAssert.Contains(NetworkTexts.OptedIn, await network.TextAsync(carl, "Netzwerkfragen an"));
        TextAssert.Contains(NetworkTexts.OptedOut, await network.TextAsync(carl, "Netzwerkfragen aus"));

        var confirmed = await network.AskAsync(TestPerson.Erika, Question);

        TextAssert.Contains(NetworkTexts.PostedNoPeers, confirmed);
        Assert.DoesNotContain(await network.OutboxAsync(), record => record.Kind == NetworkPersonalCopies.CopyKind);
    }

    [Fact]
    public async Task The_button_under_an_unanswered_question_asks_the_network_with_it()
    {
        await using var network = await NetworkHost.StartAsync();
        var erika = network.Personal(TestPerson.Erika);
        var unanswered = await network.TurnAsync(erika, "Wie viele Bienenvölker braucht ein Imkerverein im Sauerland?");
        Assert.Contains(KnowledgeTexts.ForwardButton.German, RequestsHost.Visible(unanswered));

        var check = await network.TextAsync(erika, ActivityAssert.Click(unanswered, AskNetwork.Verb));

        Assert.Contains("Bienenvölker", check);
        Assert.Contains(NetworkTexts.PostNamed.German, check);
    }

    [Fact]
    public async Task Too_short_too_many_or_outside_the_personal_chat_is_refused_and_stores_nothing()
    {
        await using var network = await NetworkHost.StartAsync();
        var erika = network.Personal(TestPerson.Erika);
        TextAssert.Contains(NetworkTexts.TooShort, await network.TextAsync(erika, "Frag das Netzwerk: Hilfe"));
        var channel = network.Host.Channel(TestPerson.Erika, conversationType: "channel", conversationId: NetworkHost.NetworkTeam);
        TextAssert.Contains(NetworkTexts.OnlyPersonal, await network.TextAsync(channel, NetworkHost.Mentioning("Frag das Netzwerk: " + Question)));
        Assert.Null(await network.Store.FindAsync(1, default));

        for (var count = 1; count <= 5; count++) await network.AskAsync(TestPerson.Erika, Question + " Teil " + count);
        var sixth = await network.AskAsync(TestPerson.Erika, Question + " Teil 6");

        TextAssert.Contains(NetworkTexts.DailyLimit, sixth);
        Assert.Null(await network.Store.FindAsync(6, default));
    }
}

/// <summary>👎 under a knowledge answer offers the LKS and the network, with the question asked.</summary>
public sealed class NetworkAfterThumbsDownTests
{
    [Fact]
    public async Task Thumbs_down_offers_to_ask_the_network_with_the_question()
    {
        await using var network = await NetworkHost.StartAsync();
        var erika = network.Personal(TestPerson.Erika);
        var answer = await network.TurnAsync(erika, "Wann ist der Verwendungsnachweis fällig?");

        var thanks = await network.TurnAsync(erika, ActivityAssert.Click(answer, KnowledgeFeature.NotHelpfulVerb));
        var check = await network.TextAsync(erika, ActivityAssert.Click(thanks, AskNetwork.Verb));

        Assert.Contains(KnowledgeTexts.ForwardButton.German, RequestsHost.Visible(thanks));
        Assert.Contains("Wann ist der Verwendungsnachweis fällig?", check);
        Assert.Contains(NetworkTexts.PostNamed.German, check);
    }
}
