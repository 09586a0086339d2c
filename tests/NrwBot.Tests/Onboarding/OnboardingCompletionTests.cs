using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Dialogs.Profile;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Onboarding;

public sealed class OnboardingCompletionTests
{
    [Fact]
    public async Task The_last_step_brings_a_summary_with_the_users_contacts_and_peers_of_the_same_Regierungsbezirk()
    {
        await using var host = await BotTestHost.StartAsync();
        var path = host.Services.GetRequiredService<OnboardingPath>();
        var directory = host.Services.GetRequiredService<ContactDirectory>();
        var teams = host.Channel();
        await host.TurnAsync(teams, ActivityAssert.Submit("profile.submit", ("region", "Kreis Düren"), ("role", "fachkraft")));
        await host.TurnAsync(teams, "Einarbeitung starten");
        IReadOnlyList<IActivity> last = [];
        foreach (var step in path.Steps) last = await host.TurnAsync(teams, OnboardingActivities.Done(step.Id));

        var text = OnboardingActivities.Text(last);
        TextAssert.Contains(OnboardingTexts.CompleteTitle, text);
        Assert.All(path.Steps, step => Assert.Contains("✅ " + step.Title, text));
        Assert.Contains(directory.MobileBeratung("Köln")!.Name, text);
        var peers = OnboardingActivities.Buttons(last, "onboarding.peer").Select(data => directory.ById((string)data["contact"]!)!).ToList();
        Assert.InRange(peers.Count, 1, OnboardingContacts.MaxPeers);
        Assert.All(peers, peer =>
        {
            Assert.Equal(ContactKind.Local, peer.Kind);
            Assert.Equal("Köln", peer.Regierungsbezirk);
            Assert.NotEqual("Kreis Düren", peer.Region!.Name);
        });
        Assert.Single(OnboardingActivities.Buttons(last, "onboarding.peer.no"));
    }

    [Fact]
    public async Task A_peer_the_bot_has_never_talked_to_gets_no_message_and_the_user_gets_a_prepared_email()
    {
        await using var host = await BotTestHost.StartAsync();
        var teams = host.Channel();
        await host.TurnAsync(teams, ActivityAssert.Submit("profile.submit", ("region", "Kreis Düren"), ("role", "fachkraft")));

        var replies = await host.TurnAsync(teams, ActivityAssert.Submit("onboarding.peer", ("contact", "lokal-aachen")));

        TextAssert.Contains(OnboardingTexts.IntroNoConversation, OnboardingActivities.Text(replies));
        var urls = replies.SelectMany(reply => ActivityAssert.Card(reply).SelectTokens("actions[*].url")).Select(url => url.ToString()).ToList();
        Assert.Contains(urls, url => url.StartsWith("mailto:julia.entwurfstein@example.org?subject=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_peer_outside_the_users_Regierungsbezirk_cannot_be_chosen()
    {
        await using var host = await BotTestHost.StartAsync();
        var teams = host.Channel();
        await host.TurnAsync(teams, ActivityAssert.Submit("profile.submit", ("region", "Kreis Düren"), ("role", "fachkraft")));

        var replies = await host.TurnAsync(teams, ActivityAssert.Submit("onboarding.peer", ("contact", "lokal-bielefeld")));

        TextAssert.Contains(OnboardingTexts.IntroUnknownPeer, OnboardingActivities.Text(replies));
    }

    [Fact]
    public async Task Accepting_posts_the_introduction_to_the_peer_and_to_the_user_end_to_end()
    {
        await using var connector = await FakeChannelConnector.StartAsync();
        await using var bot = await RunningBot.StartAsync(builder => builder.Configuration["Onboarding:RemindersEnabled"] = "false");
        var julia = new WireUser("29:julia", "Julia Entwurfstein", "aad-julia", "a:personal-julia");
        var erika = new WireUser("29:erika", "Erika Musterfrau", "aad-erika", "a:personal-erika");
        await bot.PostJsonAsync(julia.Message(connector.ServiceUrl, "Hallo"));
        await bot.Services.GetRequiredService<Host.Onboarding.EfPeerAccounts>()
            .RememberAsync(ConversationKeys.ForUser(new UserRef("29:julia", "", "aad-julia")), "Julia.Entwurfstein@example.org", null, CancellationToken.None);
        await bot.PostJsonAsync(erika.Submit(connector.ServiceUrl, "profile.submit", ("region", "Kreis Düren"), ("role", ProfileRoles.Fachkraft)));
        connector.SkipReceived();

        await bot.PostJsonAsync(erika.Submit(connector.ServiceUrl, "onboarding.peer", ("contact", "lokal-aachen")));
        var first = await connector.NextMessageAsync();
        var second = await connector.NextMessageAsync();

        var messages = new[] { first, second };
        var toJulia = Assert.Single(messages, message => message.ConversationId == julia.ConversationId);
        var toErika = Assert.Single(messages, message => message.ConversationId == erika.ConversationId);
        Assert.Contains("Erika Musterfrau", ActivityAssert.VisibleText(toJulia.Activity));
        Assert.Contains("im Kreis Düren", ActivityAssert.VisibleText(toJulia.Activity));
        Assert.Contains("Julia Entwurfstein", ActivityAssert.VisibleText(toErika.Activity));
        Assert.Contains("teams.microsoft.com/l/chat", ActivityAssert.Card(toErika.Activity).ToString());
        await bot.PostJsonAsync(erika.Submit(connector.ServiceUrl, "onboarding.peer", ("contact", "lokal-aachen")));
        TextAssert.Contains(OnboardingTexts.IntroAlready, (await connector.NextMessageAsync()).Activity);
    }

    [Fact]
    public async Task Only_sign_in_names_of_people_in_the_contact_directory_are_linked()
    {
        await using var host = await BotTestHost.StartAsync();
        var accounts = host.Services.GetRequiredService<Host.Onboarding.EfPeerAccounts>();
        var directory = host.Services.GetRequiredService<ContactDirectory>();

        var stranger = await accounts.RememberAsync("user:aad-stranger", "someone.else@example.org", "someone.else@example.org", CancellationToken.None);
        var peer = await accounts.RememberAsync("user:aad-hanna", null, "HANNA.PROBE@example.org", CancellationToken.None);

        Assert.False(stranger);
        Assert.True(peer);
        Assert.Equal("user:aad-hanna", await accounts.UserKeyOfAsync(directory.ById("lokal-dortmund")!, CancellationToken.None));
        foreach (var contact in directory.Contacts.Where(contact => contact.Id != "lokal-dortmund"))
            Assert.Null(await accounts.UserKeyOfAsync(contact, CancellationToken.None));
    }

    [Theory]
    [InlineData(ProfileRoles.Fachkraft, true)]
    [InlineData(ProfileRoles.Traeger, false)]
    public async Task A_Fachkraft_who_has_not_started_is_offered_the_onboarding(string role, bool offered)
    {
        await using var host = await BotTestHost.StartAsync();
        var onboarding = host.Services.GetRequiredService<OnboardingFeature>();
        var turn = new FeatureTurn(new TurnInput { User = new UserRef("29:new", "Neu Kollegin", "aad-new") }, new ConversationData(),
            new UserData { Profile = new UserProfile("Hamm", role) }, host.Clock);

        await onboarding.OfferAsync(turn, CancellationToken.None);

        Assert.Equal(offered, turn.Replies.Any(reply => reply.Actions.Any(action => action.Verb == OnboardingVerbs.Start)));
    }

    [Fact]
    public async Task Someone_who_has_started_is_not_offered_it_again()
    {
        await using var host = await BotTestHost.StartAsync();
        await host.TurnAsync(host.Channel(), "Einarbeitung starten");
        var turn = new FeatureTurn(new TurnInput { User = new UserRef(BotTestHost.UserId, BotTestHost.UserName, BotTestHost.UserAadId) }, new ConversationData(),
            new UserData { Profile = new UserProfile("Hamm", ProfileRoles.Fachkraft) }, host.Clock);

        await host.Services.GetRequiredService<OnboardingFeature>().OfferAsync(turn, CancellationToken.None);

        Assert.Empty(turn.Replies);
    }
}
