using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Digest;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Digest;

/// <summary>"Digest …" in the chat, through the whole pipeline, for LKS members and others.</summary>
public sealed class DigestConversationTests
{
    // BotTestHost's clock stands at Monday 23 November 2026, 10:00 in Berlin.
    private static Task<BotTestHost> StartAsync(bool lks = true) => BotTestHost.StartAsync(builder =>
    {
        if (lks) builder.Configuration["Lks:Members:0"] = BotTestHost.UserAadId.ToUpperInvariant();
    }, replaceServices: services => services.AddSingleton<IDigestRequestFacts, FixtureRequestFacts>());

    [Fact]
    public async Task An_lks_member_gets_last_weeks_digest_as_a_card_with_the_chart()
    {
        await using var host = await StartAsync();

        var reply = (await host.TurnAsync(host.Channel(), "Digest"))[0];

        var card = ActivityAssert.Card(reply);
        Assert.Equal("NrwBot-Digest KW 47: 16.11.–22.11.2026", (string?)card.SelectToken("body[0].text"));
        Assert.StartsWith("data:image/png;base64,", (string?)card.SelectToken("body[?(@.type == 'Image')].url"));
        Assert.Contains("Neue Anfragen: 5 ↑ (Vorperiode: 3)", ActivityAssert.VisibleText(reply));
    }

    [Fact]
    public async Task Someone_outside_the_lks_is_told_the_digest_is_for_the_lks_only()
    {
        await using var host = await StartAsync(lks: false);

        var reply = (await host.TurnAsync(host.Channel(), "Digest"))[0];

        TextAssert.Contains(DigestTexts.OnlyForLks, ((IMessageActivity)reply).Text);
        TextAssert.DoesNotContain(DigestTexts.NewHeading, reply);
    }

    [Fact]
    public async Task The_last_30_days_include_todays_unanswered_question_and_on_slack_the_Entra_id_is_not_trusted()
    {
        await using var host = await StartAsync();
        var slack = host.Channel(channelId: "slack");
        await host.TurnAsync(slack, "Wie wird das Wetter morgen in Hamm?");
        // LKS membership counts on Teams only, where Teams vouches for the Entra id.
        TextAssert.Contains(DigestTexts.OnlyForLks, Assert.Single(await host.TurnAsync(slack, "Digest letzte 30 Tage")).AsMessageActivity().Text);

        var replies = await host.TurnAsync(host.Channel(), "Digest letzte 30 Tage");

        var text = string.Join("\n", replies.Select(ActivityAssert.VisibleText));
        Assert.Contains("NrwBot-Digest 25.10.–23.11.2026", text);
        Assert.Contains("1× „Wie wird das Wetter morgen in Hamm?“", text);
    }

    [Fact]
    public async Task A_region_digest_counts_only_that_regions_requests()
    {
        await using var host = await StartAsync();

        var text = ActivityAssert.VisibleText((await host.TurnAsync(host.Channel(), "Digest Kreis Düren"))[0]);

        Assert.Contains(DigestTexts.RegionNote.Format("Kreis Düren"), text);
        Assert.Contains("Neue Anfragen: 3 ↑ (Vorperiode: 2)", text);
    }

    [Theory]
    [InlineData("Digest Atlantis", "kenne ich nicht")]
    [InlineData("Digest letzte 999 Tage", "zwischen 1 und 366 Tagen")]
    public async Task An_unknown_region_or_span_is_answered_with_an_example(string text, string expected)
    {
        await using var host = await StartAsync();

        var reply = (IMessageActivity)(await host.TurnAsync(host.Channel(), text))[0];

        Assert.Contains(expected, reply.Text);
        Assert.Contains("**Digest", reply.Text);
    }

    [Theory]
    [InlineData("", null, false, null)]
    [InlineData("letzte 30 Tage", 30, false, null)]
    [InlineData("der letzten 14 Tage", 14, false, null)]
    [InlineData("Kreis Düren", null, false, "Kreis Düren")]
    [InlineData("für Kreis Düren, letzte 7 Tage", 7, false, "Kreis Düren")]
    [InlineData("letzter Monat Dortmund", null, true, "Dortmund")]
    [InlineData("letzte Woche", null, false, null)]
    public void What_follows_digest_is_read_as_span_and_region(string rest, int? days, bool lastMonth, string? region)
    {
        Assert.Equal(new DigestAsk(days, lastMonth, region), DigestAsk.Read(rest));
    }
}
