using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Content;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Knowledge.Learning;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Tests.Infrastructure;
using NrwBot.Tests.Knowledge.Store;
using NrwBot.Tests.Requests;

namespace NrwBot.Tests.Knowledge.Learning;

/// <summary>
/// Whole articles drafted in Teams, four eyes: a new article or a change is a draft until a second LKS member approves
/// it, then it is published as <c>geprüft</c> and answers at once; invalid content names its field and stores nothing;
/// two members editing one article never overwrite each other; only the LKS gets here, by text or by forged card.
/// </summary>
public sealed class ArticleDraftConversationTests
{
    private const string NewQuestion = "Dürfen wir Honorare für Dolmetscherinnen abrechnen?";

    [SkippableTheory, MemberData(nameof(KnowledgeStoreHost.Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task A_new_article_drafted_in_Teams_is_published_geprueft_only_after_a_second_member_approves_and_then_answers(string provider)
    {
        using var database = KnowledgeStoreHost.Database(provider);
        await using var host = await RequestsHost.StartAsync(database);
        var (erika, anna, ben) = (host.Channel(TestPerson.Erika), host.Channel(TestPerson.Anna), host.Channel(TestPerson.Ben));

        var form = await host.TurnAsync(anna, "Artikel entwerfen");
        var saved = await host.TextOfTurnAsync(anna, Draft("Dolmetschkosten", "Ja, **Dolmetschkosten** sind förderfähig, wenn sie im Finanzplan stehen.", NewQuestion,
            forms: "Mittelanforderung (Platzhalter)\nDolmetsch-Nachweis | https://www.example.org/dolmetsch.pdf", validUntil: "2027-12-31"));
        var before = await host.TextOfTurnAsync(erika, NewQuestion);
        var ownApproval = await host.TextOfTurnAsync(anna, ActivityAssert.Submit(ApproveDraft.Verb, ("draft", "1")));
        var drafts = await host.TextOfTurnAsync(ben, "Entwürfe");
        var approved = await host.TextOfTurnAsync(ben, ActivityAssert.Submit(ApproveDraft.Verb, ("draft", "1")));
        var answer = await host.TextOfTurnAsync(erika, NewQuestion);

        Assert.Contains(ArticleDraftFlow.BodyField, form.SelectMany(ActivityAssert.InputIds));
        Assert.Contains(ArticleDraftTexts.Saved.Format(1, "Dolmetschkosten"), saved);
        TextAssert.DoesNotContain(ArticleDraftTexts.Approved, before);
        Assert.Contains(KnowledgeLearningTexts.OwnDraft.Format(1), ownApproval);
        Assert.Contains("Dolmetschkosten", drafts);
        Assert.Contains(ArticleDraftTexts.KindNew.German, drafts);
        Assert.Contains(KnowledgeLearningTexts.ApproveButton.German, drafts);
        Assert.Contains(ArticleDraftTexts.Approved.Format(1, "Dolmetschkosten", 1, KnowledgeLearningTexts.AuthorTold.German), approved);
        Assert.Contains("Dolmetschkosten", answer);
        TextAssert.DoesNotContain(KnowledgeTexts.SuggestTitle, answer);
        var version = Assert.Single(await host.Services.GetRequiredService<IKnowledgeStore>().HistoryAsync("dolmetschkosten", CancellationToken.None));
        Assert.Equal((ContentStatus.Geprueft, "Anna Schmidt", "Ben Weber", new DateOnly(2027, 12, 31)),
            (version.Article.Status, version.Change.ChangedBy, version.Change.ApprovedBy, version.Article.ValidUntil!.Value));
        Assert.Equal(["Mittelanforderung (Platzhalter)", "Dolmetsch-Nachweis"], version.Article.Forms.Select(item => item.Name));
        Assert.Contains(host.Sender.To(TestPerson.Anna.Key), reply =>
            ReplyText.Of(reply).Contains(ArticleDraftTexts.ToAuthorApproved.Format(1, "Dolmetschkosten", "Ben Weber", 1), StringComparison.Ordinal));
    }

    [SkippableTheory, MemberData(nameof(KnowledgeStoreHost.Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task Two_members_editing_one_article_never_overwrite_each_other(string provider)
    {
        using var database = KnowledgeStoreHost.Database(provider);
        await using var host = await RequestsHost.StartAsync(database);
        var (anna, ben) = (host.Channel(TestPerson.Anna), host.Channel(TestPerson.Ben));
        var store = host.Services.GetRequiredService<IKnowledgeStore>();

        var annasForm = await host.TurnAsync(anna, "Artikel ändern mittelabruf");
        await host.TurnAsync(ben, "Artikel ändern mittelabruf");
        var bensSaved = await host.TextOfTurnAsync(ben, Draft("Mittelabruf", "Bens Fassung der Antwort.", "Wie rufe ich die Fördermittel ab?"));
        var annasSaved = await host.TextOfTurnAsync(anna, Draft("Mittelabruf", "Annas Fassung der Antwort.", "Wie rufe ich die Fördermittel ab?"));
        var openAfterBoth = await host.Services.GetRequiredService<IKnowledgeDrafts>().OpenDraftsAsync(CancellationToken.None);
        var approved = await host.TextOfTurnAsync(anna, ActivityAssert.Submit(ApproveDraft.Verb, ("draft", "1")));
        await host.TurnAsync(anna, "Artikel ändern mittelabruf");
        var published = (await store.HistoryAsync("mittelabruf", CancellationToken.None)).Last();
        // Ben still has the form of version 1 on screen: sending it now would overwrite version 2.
        await host.TurnAsync(ben, "Artikel ändern mittelabruf");
        await store.RollbackAsync("mittelabruf", 1, null, new ArticleChange("kb rollback", host.Clock.GetUtcNow()), CancellationToken.None);
        var stale = await host.TurnAsync(ben, Draft("Mittelabruf", "Ben, auf Version 2 aufbauend.", "Wie rufe ich die Fördermittel ab?"));

        Assert.Contains("Mittelabruf: Fördermittel anfordern", ActivityAssert.Card(annasForm.Last()).ToString());
        Assert.Contains(ArticleDraftTexts.Saved.Format(1, "Mittelabruf"), bensSaved);
        Assert.Contains(ArticleDraftTexts.BeingEdited.Format("Mittelabruf", "Ben Weber", 1, "23.11.2026, 10:00"), annasSaved);
        Assert.Contains("Bens Fassung der Antwort.", annasSaved);
        Assert.Equal("Bens Fassung der Antwort.", Assert.Single(openAfterBoth).Content!.Body);
        Assert.Contains(ArticleDraftTexts.Approved.Format(1, "Mittelabruf", 2, KnowledgeLearningTexts.AuthorTold.German), approved);
        Assert.Equal((2, "Bens Fassung der Antwort."), (published.Version, published.Article.Body));
        Assert.Contains(ArticleDraftTexts.ChangedMeanwhile.Format("Mittelabruf", 3), RequestsHost.Visible(stale));
        Assert.Contains(EditArticle.Verb, stale.SelectMany(ActivityAssert.ButtonVerbs));
        Assert.Empty(await host.Services.GetRequiredService<IKnowledgeDrafts>().OpenDraftsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_change_approved_after_another_version_was_published_is_refused_and_publishes_nothing()
    {
        await using var host = await RequestsHost.StartAsync();
        var (anna, ben) = (host.Channel(TestPerson.Anna), host.Channel(TestPerson.Ben));
        var store = host.Services.GetRequiredService<IKnowledgeStore>();
        await host.TurnAsync(ben, "Artikel ändern mittelabruf");
        await host.TurnAsync(ben, Draft("Mittelabruf", "Bens Fassung.", "Wie rufe ich die Fördermittel ab?"));
        var imported = host.Services.GetRequiredService<KnowledgeService>().Find("mittelabruf")! with { Body = "Importierte Fassung.", PlainBody = "Importierte Fassung." };
        await store.ImportAsync([imported], new ArticleChange("kb import", host.Clock.GetUtcNow()), CancellationToken.None);

        var refused = await host.TextOfTurnAsync(anna, ActivityAssert.Submit(ApproveDraft.Verb, ("draft", "1")));

        Assert.Contains(ArticleDraftTexts.ChangedMeanwhileAtApproval.Format(1, "Mittelabruf"), refused);
        var versions = await store.HistoryAsync("mittelabruf", CancellationToken.None);
        Assert.DoesNotContain(versions, version => version.Article.Body == "Bens Fassung.");
    }

    [Theory]
    [InlineData(ArticleDraftFlow.BodyField, "   ", "Bitte füllen Sie dieses Feld aus.")]
    [InlineData(ArticleDraftFlow.BodyField, "Siehe [hier](javascript:alert(1)).", "Antwort: der Link „javascript:alert(1“ ist keine gültige Adresse")]
    [InlineData(ArticleDraftFlow.BodyField, "Siehe https://kaputt und mehr.", "Antwort: der Link „https://kaputt“ ist keine gültige Adresse")]
    [InlineData(ArticleDraftFlow.FormsField, "Geheimformular", "Formulare: „Geheimformular“ kenne ich nicht.")]
    [InlineData(ArticleDraftFlow.FormsField, "Antrag | http://www.example.org/antrag.pdf", "braucht eine https://-Adresse.")]
    [InlineData(ArticleDraftFlow.ValidUntilField, "2026-11-01", "Gültig bis: der 01.11.2026 liegt in der Vergangenheit")]
    [InlineData(ArticleDraftFlow.QuestionsField, " ; ", "Typische Fragen (eine pro Zeile): bitte ausfüllen.")]
    public async Task Invalid_content_is_refused_naming_the_field_and_nothing_is_stored(string field, string value, string message)
    {
        await using var host = await RequestsHost.StartAsync();
        var anna = host.Channel(TestPerson.Anna);
        await host.TurnAsync(anna, "Artikel entwerfen");
        var values = DraftValues("Dolmetschkosten", "Eine gültige Antwort.", NewQuestion);
        values[field] = value;

        var refused = await host.TextOfTurnAsync(anna, ActivityAssert.Submit(ArticleDraftFlow.FlowName + ".submit", values.Select(pair => (pair.Key, pair.Value)).ToArray()));

        Assert.Contains(message, refused);
        Assert.Empty(await host.Services.GetRequiredService<IKnowledgeDrafts>().OpenDraftsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_normal_user_is_refused_by_text_and_by_forged_cards_and_nothing_is_stored()
    {
        await using var host = await RequestsHost.StartAsync();
        var erika = host.Channel(TestPerson.Erika);

        var replies = new[]
        {
            await host.TextOfTurnAsync(erika, "Artikel entwerfen"),
            await host.TextOfTurnAsync(erika, "Artikel ändern mittelabruf"),
            await host.TextOfTurnAsync(erika, ActivityAssert.Submit(EditArticle.Verb, (EditArticle.ArticleKey, "mittelabruf"))),
            await host.TextOfTurnAsync(erika, ActivityAssert.Submit(DraftArticleForQuestion.Verb, (DraftArticleForQuestion.QuestionKey, NewQuestion))),
            await host.TextOfTurnAsync(erika, Draft("Gefälscht", "Gefälschte Antwort.", NewQuestion)),
        };

        Assert.All(replies, reply => Assert.Contains(KnowledgeLearningTexts.NotLks.German, reply));
        Assert.Empty(await host.Services.GetRequiredService<IKnowledgeDrafts>().OpenDraftsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Lernen_offers_a_new_article_for_a_question_and_the_form_starts_with_that_question()
    {
        await using var host = await RequestsHost.StartAsync();
        var (erika, anna) = (host.Channel(TestPerson.Erika), host.Channel(TestPerson.Anna));
        await host.TurnAsync(erika, NewQuestion);

        var learn = await host.TurnAsync(anna, "Lernen");
        var form = await host.TurnAsync(anna, ActivityAssert.Click(learn, DraftArticleForQuestion.Verb));

        Assert.Contains(ArticleDraftTexts.NewArticleButton.German, RequestsHost.Visible(learn));
        Assert.Contains(NewQuestion, ActivityAssert.Card(form.Last()).ToString());
    }

    [Fact]
    public async Task A_request_closed_with_an_answer_offers_a_draft_from_its_redacted_text_and_the_answer()
    {
        await using var host = await RequestsHost.StartAsync();
        var anna = host.Channel(TestPerson.Anna);
        await IntakeSteps.FileAsync(host, TestPerson.Erika, "Dürfen wir Dolmetscherinnen bezahlen? Fragt Erika Musterfrau, Tel. 0221 4710 998", consent: false);
        await host.TurnAsync(anna, "#1 übernehmen");

        var closed = await host.TurnAsync(anna, "#1 erledigt: Ja, Dolmetschkosten sind förderfähig, wenn sie im Finanzplan stehen.");
        var form = await host.TurnAsync(anna, ActivityAssert.Click(closed, DraftArticleFromRequest.Verb));
        var forgedByErika = await host.TextOfTurnAsync(host.Channel(TestPerson.Erika), ActivityAssert.Submit(DraftArticleFromRequest.Verb, (DraftArticleFromRequest.NumberKey, "UB-2026-0001")));

        Assert.Contains(ArticleDraftTexts.FromRequestButton.German, RequestsHost.Visible(closed));
        var card = ActivityAssert.Card(form.Last()).ToString();
        Assert.Contains("Dolmetschkosten sind förderfähig", card);
        Assert.Contains("Dürfen wir Dolmetscherinnen bezahlen?", card);
        Assert.DoesNotContain("0221 4710 998", card);
        Assert.Contains(ArticleDraftTexts.FromRequestSource.Format("UB-2026-0001"), card);
        Assert.Contains(KnowledgeLearningTexts.NotLks.German, forgedByErika);
    }

    [SkippableTheory, MemberData(nameof(KnowledgeStoreHost.Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task A_request_answered_by_the_LKS_becomes_an_article_after_a_second_member_approves_and_then_answers_the_question(string provider)
    {
        const string asked = "Dürfen wir Dolmetscherinnen bezahlen?";
        using var database = KnowledgeStoreHost.Database(provider);
        await using var host = await RequestsHost.StartAsync(database);
        var (erika, anna, ben) = (host.Channel(TestPerson.Erika), host.Channel(TestPerson.Anna), host.Channel(TestPerson.Ben));
        await IntakeSteps.FileAsync(host, TestPerson.Erika, asked + " Fragt Erika Musterfrau, Tel. 0221 4710 998", consent: false);
        await host.TurnAsync(anna, "#1 übernehmen");
        var closed = await host.TurnAsync(anna, "#1 erledigt: Ja, Dolmetschkosten sind förderfähig, wenn sie im Finanzplan stehen.");
        var form = await host.TurnAsync(anna, ActivityAssert.Click(closed, DraftArticleFromRequest.Verb));
        // The author keeps the prefilled answer and source, gives a title and tidies the question.
        var values = ActivityAssert.Card(form.Last()).SelectTokens("body[*]").Where(input => input["id"] is not null)
            .ToDictionary(input => input["id"]!.ToString(), input => input["value"]?.ToString() ?? "");
        values[ArticleDraftFlow.TitleField] = "Dolmetschkosten";
        values[ArticleDraftFlow.QuestionsField] = asked;

        var saved = await host.TextOfTurnAsync(anna, ActivityAssert.Submit(ArticleDraftFlow.FlowName + ".submit", values.Select(pair => (pair.Key, pair.Value)).ToArray()));
        var approved = await host.TextOfTurnAsync(ben, ActivityAssert.Submit(ApproveDraft.Verb, ("draft", "1")));
        var answer = await host.TextOfTurnAsync(erika, asked);

        Assert.Contains(ArticleDraftTexts.Saved.Format(1, "Dolmetschkosten"), saved);
        Assert.Contains(ArticleDraftTexts.Approved.Format(1, "Dolmetschkosten", 1, KnowledgeLearningTexts.AuthorTold.German), approved);
        Assert.Contains("Dolmetschkosten sind förderfähig", answer);
        TextAssert.DoesNotContain(KnowledgeTexts.SuggestTitle, answer);
        var version = Assert.Single(await host.Services.GetRequiredService<IKnowledgeStore>().HistoryAsync("dolmetschkosten", CancellationToken.None));
        Assert.Equal(ArticleDraftTexts.FromRequestSource.Format("UB-2026-0001"), version.Article.Source);
        Assert.DoesNotContain("0221 4710 998", version.Article.Body + string.Join(" ", version.Article.Questions));
    }

    [SkippableTheory, MemberData(nameof(KnowledgeStoreHost.Providers), MemberType = typeof(KnowledgeStoreHost))]
    public async Task An_article_draft_returned_with_a_comment_publishes_nothing_and_the_author_reads_the_comment(string provider)
    {
        using var database = KnowledgeStoreHost.Database(provider);
        await using var host = await RequestsHost.StartAsync(database);
        var (erika, anna, ben) = (host.Channel(TestPerson.Erika), host.Channel(TestPerson.Anna), host.Channel(TestPerson.Ben));
        await host.TurnAsync(anna, "Artikel entwerfen");
        await host.TurnAsync(anna, Draft("Dolmetschkosten", "Ja, sie sind förderfähig.", NewQuestion));

        var returned = await host.TextOfTurnAsync(ben, ActivityAssert.Submit(ReturnDraftWithComment.Verb, ("draft", "1"), ("comment", "Bitte die Nummer der Förderrichtlinie nennen.")));
        var again = await host.TextOfTurnAsync(ben, ActivityAssert.Submit(ApproveDraft.Verb, ("draft", "1")));
        var answer = await host.TextOfTurnAsync(erika, NewQuestion);

        Assert.Contains(KnowledgeLearningTexts.Returned.Format(1, KnowledgeLearningTexts.AuthorTold.German), returned);
        Assert.Contains(KnowledgeLearningTexts.AlreadyDecided.Format(1, "Ben Weber", KnowledgeLearningTexts.StateReturned.German), again);
        Assert.Contains(host.Sender.To(TestPerson.Anna.Key), reply => ReplyText.Of(reply).Contains(
            ArticleDraftTexts.ToAuthorReturned.Format(1, "Dolmetschkosten", "Ben Weber", "Bitte die Nummer der Förderrichtlinie nennen."), StringComparison.Ordinal));
        Assert.Empty(await host.Services.GetRequiredService<IKnowledgeStore>().HistoryAsync("dolmetschkosten", CancellationToken.None));
        Assert.Empty(await host.Services.GetRequiredService<IKnowledgeDrafts>().OpenDraftsAsync(CancellationToken.None));
        Assert.DoesNotContain("Ja, sie sind förderfähig.", answer);
    }

    [Fact]
    public async Task A_double_click_on_Entwurf_speichern_and_on_Freigeben_makes_one_draft_and_one_version()
    {
        await using var host = await RequestsHost.StartAsync();
        var (anna, ben) = (host.Channel(TestPerson.Anna), host.Channel(TestPerson.Ben));
        await host.TurnAsync(anna, "Artikel entwerfen");

        var first = await host.TextOfTurnAsync(anna, Draft("Dolmetschkosten", "Ja, sie sind förderfähig.", NewQuestion));
        var second = await host.TextOfTurnAsync(anna, Draft("Dolmetschkosten", "Ja, sie sind förderfähig.", NewQuestion));
        var open = await host.Services.GetRequiredService<IKnowledgeDrafts>().OpenDraftsAsync(CancellationToken.None);
        var approved = await host.TextOfTurnAsync(ben, ActivityAssert.Submit(ApproveDraft.Verb, ("draft", "1")));
        var again = await host.TextOfTurnAsync(ben, ActivityAssert.Submit(ApproveDraft.Verb, ("draft", "1")));

        Assert.Contains(ArticleDraftTexts.Saved.Format(1, "Dolmetschkosten"), first);
        Assert.Contains(ArticleDraftTexts.Replaced.Format(1, "Dolmetschkosten"), second);
        Assert.Single(open);
        Assert.Contains(ArticleDraftTexts.Approved.Format(1, "Dolmetschkosten", 1, KnowledgeLearningTexts.AuthorTold.German), approved);
        Assert.Contains(KnowledgeLearningTexts.AlreadyDecided.Format(1, "Ben Weber", KnowledgeLearningTexts.StateApproved.German), again);
        Assert.Single(await host.Services.GetRequiredService<IKnowledgeStore>().HistoryAsync("dolmetschkosten", CancellationToken.None));
    }

    private static Dictionary<string, string> DraftValues(string title, string body, string questions, string forms = "", string validUntil = "") => new()
    {
        [ArticleDraftFlow.TitleField] = title,
        [ArticleDraftFlow.BodyField] = body,
        [ArticleDraftFlow.QuestionsField] = questions,
        [ArticleDraftFlow.SourceField] = "Förderrichtlinie NRWeltoffen",
        [ArticleDraftFlow.FormsField] = forms,
        [ArticleDraftFlow.ValidUntilField] = validUntil,
        [ArticleDraftFlow.TagsField] = "Honorare, Sprache",
    };

    private static Activity Draft(string title, string body, string questions, string forms = "", string validUntil = "") =>
        ActivityAssert.Submit(ArticleDraftFlow.FlowName + ".submit",
            DraftValues(title, body, questions, forms, validUntil).Select(pair => (pair.Key, pair.Value)).ToArray());
}
