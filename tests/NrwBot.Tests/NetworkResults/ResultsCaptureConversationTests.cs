using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Results;
using NrwBot.Dialogs.Routing;
using NrwBot.Host.Data;
using NrwBot.Host.NetworkResults;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Language;

namespace NrwBot.Tests.NetworkResults;

/// <summary>„Ergebnisse erfassen“ in Teams: the same parser as the command line, a preview, stored once on „Speichern“.</summary>
public sealed class ResultsCaptureConversationTests
{
    private static readonly string Seed = File.ReadAllText(TestFiles.Data("workshop-results-nrweltoffen.txt"));

    private const string Broken = "Treffen der AG\n12. März 2026 in Köln\nAG I (Moderation: A)\n3. Was lief gut?\n- vieles\n";

    public static Task<BotTestHost> LksHostAsync() =>
        BotTestHost.StartAsync(builder => builder.Configuration["Lks:Members:0"] = BotTestHost.UserAadId);

    public static async Task<(int Meetings, int Items)> StoredAsync(BotTestHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        return (await db.Set<MeetingRecord>().CountAsync(), await db.Set<ResultItemRecord>().CountAsync());
    }

    private static string Visible(IEnumerable<Microsoft.Bot.Schema.IActivity> replies) => string.Join("\n", replies.Select(ActivityAssert.VisibleText));

    [Fact]
    public async Task An_lks_member_pastes_the_seed_sees_the_preview_and_stores_it_once_on_Speichern()
    {
        await using var host = await LksHostAsync();
        var chat = host.Channel();

        var preview = await host.TurnAsync(chat, "Ergebnisse erfassen\n" + Seed);
        var beforeSaving = await StoredAsync(host);
        var saved = await host.TurnAsync(chat, ActivityAssert.Click(preview, StoreResults.Verb));
        var again = await host.TurnAsync(chat, ActivityAssert.Click(preview, StoreResults.Verb));

        var shown = Visible(preview);
        Assert.Contains(ResultsTexts.PreviewIntro.Format(3, 14, 165), shown);
        Assert.Contains(ResultsTexts.SupportNeeds.Format(21), shown);
        Assert.Contains("AG II", shown);
        Assert.Contains(ResultsTexts.OfficesFact.Format(19, 10), shown);
        Assert.Equal((0, 0), beforeSaving);
        TextAssert.Contains(ResultsTexts.StoredInChat, Visible(saved));
        TextAssert.Contains(ResultsTexts.AlreadyStored, Visible(again));
        Assert.Equal((1, 165), await StoredAsync(host));
    }

    [Fact]
    public async Task Ergebnisse_erfassen_alone_explains_the_structure_and_its_form_gives_the_same_preview()
    {
        await using var host = await LksHostAsync();
        var chat = host.Channel();

        var form = await host.TurnAsync(chat, "Ergebnisse erfassen");
        var preview = await host.TurnAsync(chat, ActivityAssert.Submit(PreviewResults.Verb, (PreviewResults.ProtocolKey, Seed)));

        TextAssert.Contains(ResultsTexts.CaptureTitle, Visible(form));
        Assert.Contains(form, reply => ActivityAssert.InputIds(reply).Contains(PreviewResults.ProtocolKey));
        Assert.Contains(ResultsTexts.PreviewIntro.Format(3, 14, 165), Visible(preview));
        Assert.Equal((0, 0), await StoredAsync(host));
    }

    [Fact]
    public async Task A_broken_protocol_is_reported_with_its_line_and_nothing_is_stored_even_by_a_forged_Speichern()
    {
        await using var host = await LksHostAsync();
        var chat = host.Channel();

        var report = Visible(await host.TurnAsync(chat, "Ergebnisse erfassen\n" + Broken));
        var forged = Visible(await host.TurnAsync(chat, ActivityAssert.Submit(StoreResults.Verb, (PreviewResults.ProtocolKey, Broken))));

        // The protocol starts on the message's second line, but its lines are counted from its own first line.
        Assert.Contains(ResultsTexts.ProblemLine.Format(4, ResultsTexts.SectionOutOfOrder.Format(3, 1)), report);
        TextAssert.Contains(ResultsTexts.NothingImportedChat, report);
        TextAssert.Contains(ResultsTexts.NothingImportedChat, forged);
        Assert.Equal((0, 0), await StoredAsync(host));
    }

    [Fact]
    public async Task A_normal_user_is_refused_by_text_by_form_and_by_a_forged_Speichern_and_nothing_is_stored()
    {
        await using var host = await BotTestHost.StartAsync();
        var chat = host.Channel();

        var typed = Visible(await host.TurnAsync(chat, "Ergebnisse erfassen\n" + Seed));
        var form = Visible(await host.TurnAsync(chat, ActivityAssert.Submit(PreviewResults.Verb, (PreviewResults.ProtocolKey, Seed))));
        var forged = Visible(await host.TurnAsync(chat, ActivityAssert.Submit(StoreResults.Verb, (PreviewResults.ProtocolKey, Seed))));

        TextAssert.Contains(ResultsTexts.OnlyForLks, typed);
        TextAssert.Contains(ResultsTexts.OnlyForLks, form);
        TextAssert.Contains(ResultsTexts.OnlyForLks, forged);
        Assert.DoesNotContain(ResultsTexts.PreviewIntro.Format(3, 14, 165), typed);
        Assert.Equal((0, 0), await StoredAsync(host));
    }

    [Fact]
    public async Task Only_a_protocol_may_be_longer_than_an_ordinary_message()
    {
        await using var host = await LksHostAsync();
        var chat = host.Channel();
        var long_ = "Wie geht das? " + new string('x', 5000);

        var refused = Visible(await host.TurnAsync(chat, long_));
        var tooLongProtocol = Visible(await host.TurnAsync(chat, "Ergebnisse erfassen\n" + new string('x', ResultsCapture.MaxProtocolLength)));

        TextAssert.Contains(RoutingTexts.TooLong, refused);
        TextAssert.Contains(RoutingTexts.TooLong, tooLongProtocol);
        Assert.Equal((0, 0), await StoredAsync(host));
    }
}
