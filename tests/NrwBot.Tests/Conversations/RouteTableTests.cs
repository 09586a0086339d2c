using System.Text.RegularExpressions;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Routing;

namespace NrwBot.Tests.Conversations;

public sealed class RouteTableTests
{
    private static FeatureTurn Turn(string text = "", TurnEvent? turnEvent = null) =>
        new(new TurnInput { Text = text, User = new UserRef("u", "U"), Event = turnEvent }, new ConversationData(), new UserData { ProfileOffered = true }, TimeProvider.System);

    [Fact]
    public void Patterns_are_tried_by_rank_whatever_order_they_were_added_in()
    {
        var chosen = new List<string>();
        PatternHandler Named(string name) => (_, _, _) => { chosen.Add(name); return Task.CompletedTask; };
        var routes = new RouteTable()
            .Pattern("kreis", Named("topic"), RouteRank.Topic)
            .Pattern("^ich brauche", Named("need"), RouteRank.Need)
            .Pattern("^digest", Named("command"), RouteRank.Command);

        routes.FindPattern("Digest Kreis Düren")!.Value.Handler(Turn(), Match.Empty, CancellationToken.None);
        routes.FindPattern("Ich brauche Hilfe im Kreis")!.Value.Handler(Turn(), Match.Empty, CancellationToken.None);
        routes.FindPattern("Kreis Düren")!.Value.Handler(Turn(), Match.Empty, CancellationToken.None);

        Assert.Equal(["command", "need", "topic"], chosen);
        Assert.Null(routes.FindPattern("Kreis Düren", RouteRank.Command));
    }

    [Fact]
    public async Task A_guarded_group_checks_once_before_every_route_and_refuses_without_running_the_handler()
    {
        var checks = 0;
        var ran = 0;
        var guard = new RouteGuard((turn, _) => { checks++; turn.Send("nein"); return Task.FromResult(false); });
        var routes = new RouteTable();
        routes.Group(guard)
            .Verb("lks.verb", (_, _) => { ran++; return Task.CompletedTask; })
            .Pattern("^#1", (_, _, _) => { ran++; return Task.CompletedTask; });
        var router = new TurnRouter(routes, null!);

        var byText = Turn("#1 übernehmen");
        await router.RouteAsync(byText, CancellationToken.None);
        var byCard = new FeatureTurn(Turn().Input with { Verb = "lks.verb" }, new ConversationData(), new UserData { ProfileOffered = true }, TimeProvider.System);
        await router.RouteAsync(byCard, CancellationToken.None);

        Assert.Equal(0, ran);
        Assert.Equal(2, checks);
        Assert.Equal("nein", Assert.Single(byText.Replies).Text);
        Assert.Equal("nein", Assert.Single(byCard.Replies).Text);
    }

    [Fact]
    public async Task An_install_event_goes_through_its_route_and_not_to_free_text()
    {
        var routes = new RouteTable()
            .On(TurnEvent.Installed, (turn, _) => { turn.Send("willkommen"); return Task.CompletedTask; })
            .Otherwise((turn, _) => { turn.Send("frei"); return Task.CompletedTask; });
        var turn = Turn(turnEvent: TurnEvent.Installed);

        await new TurnRouter(routes, null!).RouteAsync(turn, CancellationToken.None);

        Assert.Equal("willkommen", Assert.Single(turn.Replies).Text);
    }
}
