using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Knowledge.Learning;
using NrwBot.Host.Data;
using NrwBot.Host.Outbox;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Knowledge.Store;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Knowledge.Learning;

/// <summary>
/// Four eyes only work when the second pair knows: a new draft is announced to every other LKS member the bot can
/// reach, through the outbox, written with the draft; the author and normal users never get it; a redelivered or
/// repeated save announces nothing twice; the notice's button opens the draft for approval, for the LKS only.
/// </summary>
public sealed class DraftNoticeTests
{
    private const string Question = "Welche Vordrucke brauche ich im Laufe des Projekts?";
    private const string Article = "formulare-uebersicht";

    [SkippableTheory, MemberData(nameof(KnowledgeStoreHost.Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task A_new_draft_is_announced_to_the_other_LKS_member_once_and_never_to_its_author_or_a_normal_user(string provider)
    {
        using var database = KnowledgeStoreHost.Database(provider);
        await using var host = await RequestsHost.StartAsync(database);
        var (erika, anna, ben) = (host.Channel(TestPerson.Erika), host.Channel(TestPerson.Anna), host.Channel(TestPerson.Ben));
        // Everyone has a personal chat with the bot (a conversation to write to).
        foreach (var channel in new[] { erika, anna, ben }) await host.TurnAsync(channel, "Hallo");
        var title = host.Services.GetRequiredService<KnowledgeService>().Find(Article)!.Title;

        var phrasing = Redelivered(ActivityAssert.Submit(LearnPhrasing.Verb, ("id", Article), ("q", Question)), "phrasing-1");
        await host.TurnAsync(anna, phrasing);
        await host.TurnAsync(anna, Redelivered(ActivityAssert.Submit(LearnPhrasing.Verb, ("id", Article), ("q", Question)), "phrasing-1"));
        await host.TurnAsync(anna, ActivityAssert.Submit(LearnPhrasing.Verb, ("id", Article), ("q", Question)));
        await host.TurnAsync(anna, "Artikel entwerfen");
        await host.TurnAsync(anna, Redelivered(Draft("Dolmetschkosten"), "draft-1"));
        await host.TurnAsync(anna, Redelivered(Draft("Dolmetschkosten"), "draft-1"));
        await host.TurnAsync(anna, Draft("Dolmetschkosten"));

        var outbox = await OutboxAsync(host);
        var toBen = outbox.Where(row => row.TargetKey == TestPerson.Ben.Key).Select(row => Assert.Single(OutboxWriter.Deserialize(row.Payload!))).ToList();
        Assert.Equal(2, toBen.Count);
        Assert.Equal(KnowledgeLearningTexts.NoticeTitle.Format(1), toBen[0].Title);
        Assert.Contains(KnowledgeLearningTexts.NoticePhrasing.Format(Question, title), toBen[0].Text);
        Assert.Equal(KnowledgeLearningTexts.NoticeTitle.Format(2), toBen[1].Title);
        Assert.Contains(KnowledgeLearningTexts.NoticeArticle.Format(ArticleDraftTexts.KindNew.German, "Dolmetschkosten", "dolmetschkosten"), toBen[1].Text);
        // The notice names neither its author nor anyone who asked.
        Assert.All(toBen, notice => Assert.DoesNotContain("Anna", ReplyText.Of(notice)));
        var open = Assert.Single(toBen[1].Actions);
        Assert.Equal((ShowDraft.Verb, "2"), (open.Verb, open.Data!["draft"]));
        Assert.DoesNotContain(outbox, row => row.TargetKey == TestPerson.Anna.Key || row.TargetKey == TestPerson.Erika.Key);
    }

    [Fact]
    public async Task The_notice_button_opens_the_draft_for_approval_for_the_other_member_only()
    {
        await using var host = await RequestsHost.StartAsync();
        var (erika, anna, ben) = (host.Channel(TestPerson.Erika), host.Channel(TestPerson.Anna), host.Channel(TestPerson.Ben));
        await host.TurnAsync(ben, "Hallo");
        await host.TurnAsync(anna, ActivityAssert.Submit(LearnPhrasing.Verb, ("id", Article), ("q", Question)));
        var notice = Assert.Single(OutboxWriter.Deserialize(Assert.Single(await OutboxAsync(host), row => row.TargetKey == TestPerson.Ben.Key).Payload!));
        var button = Assert.Single(notice.Actions);
        var click = ActivityAssert.Submit(button.Verb, button.Data!.Select(pair => (pair.Key, pair.Value)).ToArray());

        var opened = await host.TurnAsync(ben, click);
        var typed = await host.TextOfTurnAsync(ben, button.TypedCommand!);
        var own = await host.TurnAsync(anna, ActivityAssert.Submit(ShowDraft.Verb, ("draft", "1")));
        var forged = await host.TextOfTurnAsync(erika, ActivityAssert.Submit(ShowDraft.Verb, ("draft", "1")));
        var forgedTyped = await host.TextOfTurnAsync(erika, "Entwurf 1");
        var approved = await host.TextOfTurnAsync(ben, ActivityAssert.Click(opened, ApproveDraft.Verb));
        var afterDecision = await host.TextOfTurnAsync(ben, click);

        Assert.Contains("**Entwurf #1** von Anna Schmidt", RequestsHost.Visible(opened));
        Assert.Contains(ApproveDraft.Verb, opened.SelectMany(ActivityAssert.ButtonVerbs));
        Assert.Contains("**Entwurf #1** von Anna Schmidt", typed);
        Assert.Contains(KnowledgeLearningTexts.OwnDraftHint.German, RequestsHost.Visible(own));
        Assert.DoesNotContain(ApproveDraft.Verb, own.Where(reply => reply is IMessageActivity { Attachments.Count: > 0 }).SelectMany(ActivityAssert.ButtonVerbs));
        Assert.Contains(KnowledgeLearningTexts.NotLks.German, forged);
        Assert.Contains(KnowledgeLearningTexts.NotLks.German, forgedTyped);
        Assert.DoesNotContain(Question, forged + forgedTyped);
        Assert.Contains(KnowledgeLearningTexts.Approved.Format(1, Question, host.Services.GetRequiredService<KnowledgeService>().Find(Article)!.Title, 2,
            KnowledgeLearningTexts.AuthorTold.German), approved);
        Assert.Contains(KnowledgeLearningTexts.AlreadyDecided.Format(1, "Ben Weber", KnowledgeLearningTexts.StateApproved.German), afterDecision);
    }

    [Fact]
    public async Task Without_another_reachable_LKS_member_the_draft_is_saved_and_nothing_is_queued()
    {
        await using var host = await RequestsHost.StartAsync();
        var anna = host.Channel(TestPerson.Anna);

        // Ben never wrote to the bot: there is no conversation to write to, and nothing waits in the outbox for nobody.
        var proposed = await host.TextOfTurnAsync(anna, ActivityAssert.Submit(LearnPhrasing.Verb, ("id", Article), ("q", Question)));

        Assert.Contains(KnowledgeLearningTexts.Proposed.Format(1, Question, host.Services.GetRequiredService<KnowledgeService>().Find(Article)!.Title), proposed);
        Assert.Empty(await OutboxAsync(host));
    }

    private static Activity Redelivered(Activity activity, string id)
    {
        activity.Id = id;
        return activity;
    }

    private static Activity Draft(string title) => ActivityAssert.Submit(ArticleDraftFlow.FlowName + ".submit",
        (ArticleDraftFlow.TitleField, title), (ArticleDraftFlow.BodyField, "Ja, Dolmetschkosten sind förderfähig, wenn sie im Finanzplan stehen."),
        (ArticleDraftFlow.QuestionsField, "Dürfen wir Honorare für Dolmetscherinnen abrechnen?"), (ArticleDraftFlow.SourceField, "Förderrichtlinie NRWeltoffen"),
        (ArticleDraftFlow.FormsField, ""), (ArticleDraftFlow.ValidUntilField, ""), (ArticleDraftFlow.TagsField, ""));

    private static async Task<List<OutboxRecord>> OutboxAsync(RequestsHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        return await db.Set<OutboxRecord>().AsNoTracking().Where(row => row.Kind == OutboxKinds.Message).OrderBy(row => row.Id).ToListAsync();
    }
}
