using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Results;
using NrwBot.Host.Data;
using NrwBot.Host.NetworkResults;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.NetworkResults;

/// <summary>
/// „Ergebnisse erfassen“ → „Schritt für Schritt“ in Teams: the meeting, working groups, numbered questions, bullets with
/// counts and offices, „Zurück“ and „abbrechen“ at every step, then the same preview and „Speichern“ as a pasted protocol.
/// Only the LKS: a normal user and a forged card change nothing.
/// </summary>
public sealed class ResultsEntryConversationTests
{
    private static string Visible(IEnumerable<IActivity> replies) => string.Join("\n", replies.Select(ActivityAssert.VisibleText));

    /// <summary>The form of the last reply sent with its values, as a click on „Weiter“ sends it (draft and step included).</summary>
    private static Activity Fill(IEnumerable<IActivity> replies, params (string Key, string Value)[] values)
    {
        var submit = ActivityAssert.Click(replies, ResultsEntryFlow.SubmitVerb);
        var data = (JObject)submit.Value;
        foreach (var (key, value) in values) data[key] = value;
        return submit;
    }

    private static async Task<IReadOnlyList<IActivity>> MeetingAsync(BotTestHost host, Microsoft.Bot.Builder.Adapters.TestAdapter chat)
    {
        var start = await host.TurnAsync(chat, "Ergebnisse erfassen");
        var meeting = await host.TurnAsync(chat, ActivityAssert.Click(start, ResultsEntryFlow.StepwiseVerb));
        return await host.TurnAsync(chat, Fill(meeting, (ResultsEntryFields.TitleField, "Austauschtreffen der Koordinierungsstellen"),
            (ResultsEntryFields.DateField, "12.03.2026"), (ResultsEntryFields.PlaceField, "Düsseldorf")));
    }

    [Fact]
    public async Task The_lks_enters_a_meeting_section_by_section_goes_back_once_previews_and_stores_it_once()
    {
        await using var host = await ResultsCaptureConversationTests.LksHostAsync();
        var chat = host.Channel();

        var section = await MeetingAsync(host, chat);
        var items = await host.TurnAsync(chat, Fill(section, (ResultsEntryFields.SectionTitleField, "Was lief gut?")));
        var next = await host.TurnAsync(chat, Fill(items, (ResultsEntryFields.BulletsField, "- Vernetzung mit Schulen (3)\nGemeinsame Fachtage")));
        section = await host.TurnAsync(chat, ActivityAssert.Click(next, ResultsEntryFlow.SectionVerb));
        items = await host.TurnAsync(chat, Fill(section, (ResultsEntryFields.SectionTitleField, "Wo haben Sie Unterstützungsbedarf?")));
        next = await host.TurnAsync(chat, Fill(items, (ResultsEntryFields.BulletsField, "Fortbildungen zu Argumentationstraining (3)"), (ResultsEntryFields.OfficeField, "Kreis Paderborn")));
        items = await host.TurnAsync(chat, ActivityAssert.Click(next, ResultsEntryFlow.ItemsVerb));
        var needsOffice = await host.TurnAsync(chat, Fill(items, (ResultsEntryFields.BulletsField, "Mehr Austausch")));
        next = await host.TurnAsync(chat, Fill(needsOffice, (ResultsEntryFields.BulletsField, "Beratung zur Öffentlichkeitsarbeit"), (ResultsEntryFields.OfficeField, "Dortmund")));
        section = await host.TurnAsync(chat, ActivityAssert.Click(next, ResultsEntryFlow.GroupVerb));
        items = await host.TurnAsync(chat, Fill(section, (ResultsEntryFields.SectionTitleField, "Aktueller Arbeitsschwerpunkt")));
        next = await host.TurnAsync(chat, Fill(items, (ResultsEntryFields.BulletsField, "Ein Tippfehler")));
        var undone = await host.TurnAsync(chat, ActivityAssert.Click(next, ResultsEntryFlow.BackVerb));
        next = await host.TurnAsync(chat, Fill(undone, (ResultsEntryFields.BulletsField, "Bekanntmachen des Projekts (2)")));
        var preview = await host.TurnAsync(chat, ActivityAssert.Click(next, ResultsEntryFlow.PreviewVerb));
        var before = await ResultsCaptureConversationTests.StoredAsync(host);
        var saved = await host.TurnAsync(chat, ActivityAssert.Click(preview, StoreResults.Verb));
        var again = await host.TurnAsync(chat, ActivityAssert.Click(preview, StoreResults.Verb));
        var afterwards = Visible(await host.TurnAsync(chat, "Ergebnisse suchen Argumentationstraining"));

        Assert.Contains(ResultsTexts.EntryOfficeNeeded.German, Visible(needsOffice));
        TextAssert.Contains(ResultsTexts.EntryUndone, Visible(undone));
        Assert.Contains(ResultsTexts.PreviewIntro.Format(2, 3, 5), Visible(preview));
        Assert.Contains(ResultsTexts.OfficesFact.Format(2, 2), Visible(preview));
        Assert.Equal((0, 0), before);
        TextAssert.Contains(ResultsTexts.StoredInChat, Visible(saved));
        TextAssert.Contains(ResultsTexts.AlreadyStored, Visible(again));
        Assert.Contains("Fortbildungen zu Argumentationstraining", afterwards);

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        var meeting = await db.Set<MeetingRecord>().SingleAsync();
        var stored = await db.Set<ResultItemRecord>().OrderBy(item => item.Id).ToListAsync();
        Assert.Equal(("Austauschtreffen der Koordinierungsstellen", new DateOnly(2026, 3, 12), "Düsseldorf"), (meeting.Title, meeting.Date, meeting.Place));
        Assert.Equal(
            [("AG I", 1, "Vernetzung mit Schulen", 3, null), ("AG I", 1, "Gemeinsame Fachtage", null, null),
             ("AG I", 2, "Fortbildungen zu Argumentationstraining", 3, "Kreis Paderborn"), ("AG I", 2, "Beratung zur Öffentlichkeitsarbeit", null, "Dortmund"),
             ("AG II", 1, "Bekanntmachen des Projekts", 2, null)],
            stored.Select(item => (item.GroupName, item.SectionNumber, item.Text, item.Count, item.Place)).ToList<(string, int, string, int?, string?)>());
        Assert.NotNull(stored[2].SupportNeedCategory);
    }

    [Fact]
    public async Task Abbrechen_or_Zurueck_to_the_start_never_traps_the_user_and_nothing_is_stored()
    {
        await using var host = await ResultsCaptureConversationTests.LksHostAsync();
        var chat = host.Channel();

        var section = await MeetingAsync(host, chat);
        var back = await host.TurnAsync(chat, ActivityAssert.Click(section, ResultsEntryFlow.BackVerb));
        var start = await host.TurnAsync(chat, ActivityAssert.Click(back, ResultsEntryFlow.BackVerb));
        var meetingAgain = await host.TurnAsync(chat, ActivityAssert.Click(start, ResultsEntryFlow.StepwiseVerb));
        // 10 KB is refused before any feature reads it; a title over the limit and no date by the step's own checks.
        var huge = Visible(await host.TurnAsync(chat, Fill(meetingAgain, (ResultsEntryFields.TitleField, new string('x', 10_000)), (ResultsEntryFields.DateField, "12.03.2026"))));
        var bad = await host.TurnAsync(chat, Fill(meetingAgain, (ResultsEntryFields.TitleField, new string('x', 300)), (ResultsEntryFields.DateField, "im Sommer")));
        var cancelled = Visible(await host.TurnAsync(chat, "abbrechen"));
        var stale = Visible(await host.TurnAsync(chat, Fill(bad, (ResultsEntryFields.TitleField, "Treffen"), (ResultsEntryFields.DateField, "12.03.2026"))));
        var free = Visible(await host.TurnAsync(chat, "Hilfe"));

        Assert.Contains(ResultsTexts.EntryMeetingTitle.German, Visible(back));
        Assert.Contains(ResultsTexts.EntryChoose.German, Visible(start));
        TextAssert.Contains(NrwBot.Dialogs.Routing.RoutingTexts.TooLong, huge);
        Assert.Contains(ResultsTexts.EntryTooLong.Format(ResultsEntryFields.MaxTitleLength), Visible(bad));
        Assert.Contains(ResultsTexts.EntryDateInvalid.German, Visible(bad));
        TextAssert.Contains(FlowTexts.Cancelled, cancelled);
        TextAssert.Contains(FlowTexts.StaleCard, stale);
        TextAssert.DoesNotContain(FlowTexts.InFlowHint, free);
        Assert.Equal((0, 0), await ResultsCaptureConversationTests.StoredAsync(host));
    }

    [Fact]
    public async Task A_normal_user_is_refused_and_forged_entry_cards_or_Speichern_store_nothing()
    {
        await using var host = await BotTestHost.StartAsync();
        var chat = host.Channel();
        var protocol = "Treffen\n12. März 2026 in Köln\nAG I\n1. Was lief gut?\n- Vernetzung (3)\n";

        var refused = Visible(await host.TurnAsync(chat, "Ergebnisse erfassen"));
        var forgedStep = Visible(await host.TurnAsync(chat, ActivityAssert.Submit(ResultsEntryFlow.SubmitVerb, (FormFlow.DraftKey, "abc"), (ResultsEntryFlow.StepKey, "1"),
            (ResultsEntryFields.TitleField, "Treffen"), (ResultsEntryFields.DateField, "12.03.2026"))));
        var forgedPreview = Visible(await host.TurnAsync(chat, ActivityAssert.Submit(ResultsEntryFlow.PreviewVerb, (FormFlow.DraftKey, "abc"))));
        var forgedStore = Visible(await host.TurnAsync(chat, ActivityAssert.Submit(StoreResults.Verb, (PreviewResults.ProtocolKey, protocol))));

        TextAssert.Contains(ResultsTexts.OnlyForLks, refused);
        TextAssert.Contains(FlowTexts.StaleCard, forgedStep);
        TextAssert.Contains(FlowTexts.StaleCard, forgedPreview);
        TextAssert.Contains(ResultsTexts.OnlyForLks, forgedStore);
        Assert.Equal((0, 0), await ResultsCaptureConversationTests.StoredAsync(host));
    }
}
