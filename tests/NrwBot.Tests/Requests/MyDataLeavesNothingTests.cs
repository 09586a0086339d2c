using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>
/// „Meine Daten löschen“ (DSGVO Art. 17): after one person used everything NrwBot offers — onboarding, profile,
/// questions, deadline reminders and the calendar feed, a Kompetenzpool profile, requests the LKS answered, a group chat and a team channel —
/// and then deleted their data, no row of any table names or identifies them. The tables are read from the database
/// schema itself, so a table added later is checked without changing this test.
/// </summary>
public sealed class MyDataLeavesNothingTests
{
    /// <summary>Someone whose name and ids occur in no content file and no other test person.</summary>
    private static readonly TestPerson Ysolde = new("29:1zq-ysolde-8hw", "Ysolde Quarnstedt", "7f1c9a52-ysolde-aad-0042");

    private const string GroupChat = "19:group-planning@thread.v2";
    private const string TeamChannel = "19:general-kreis@thread.tacv2";

    [SkippableTheory, MemberData(nameof(StoreHost.Providers), MemberType = typeof(StoreHost))]
    public async Task After_Meine_Daten_loeschen_no_table_holds_the_users_ids_or_name(string provider)
    {
        // The production outbox (not the recording doubles): messages to her and the LKS cards are rows of the database.
        await using var stores = await StoreHost.StartAsync(provider, services =>
        {
            services.AddSingleton<NrwBot.Dialogs.Conversation.IProactiveSender>(provider => provider.GetRequiredService<NrwBot.Host.Outbox.OutboxSender>());
            services.AddSingleton<NrwBot.Dialogs.Lks.ILksChannel>(provider => provider.GetRequiredService<NrwBot.Host.Lks.LksChannelCards>());
        });
        var host = stores.Host;
        var ysolde = host.Channel(Ysolde);
        await UseEverythingAsync(host, ysolde);
        var traces = Traces(host);
        var before = Findings(await DatabaseTables.ReadAllAsync(host.Database, includeMigrationHistory: true), traces);
        // The scenario reaches every store that keeps something about a person (else the check below could not fail).
        var tablesNamingHer = before.Select(finding => finding[..finding.IndexOf(':')]).ToHashSet();
        Assert.Subset(tablesNamingHer, new HashSet<string> { "bot_state", "conversations", "processed_activities", "outbox", "questions", "support_requests",
            "support_request_transitions", "calendar_subscribers", "calendar_reminders", "onboarding_progress", "onboarding_steps_done", "onboarding_peer_accounts",
            "competence_profiles", "network_questions", "network_answers", "network_opt_ins", "materials", "lks_absences" });

        var shown = await host.TextOfTurnAsync(ysolde, "Meine Daten");
        await host.TurnAsync(ysolde, "Meine Daten löschen");
        var done = await host.TextOfTurnAsync(ysolde, ActivityAssert.Submit("mydata.delete.confirm"));

        foreach (var section in new[] { "Kreis Düren", "UB-2026-0001", "UB-2026-0002", "Wie rechne ich Honorare ab?", "Einarbeitung", "Kalender", "technische Adresse", "Ihre Bewertung: 4 von 5", "Argumentationstraining", "Frage N2", "Antwort A1 auf N1", "Materialbörse", "Handlungskonzept Kreis Düren", "(Region: Kreis Düren)", "Anna Schmidt bis 19.12.2026, Vertretung Ysolde Quarnstedt" })
            Assert.Contains(section, shown);
        Assert.Contains("Gelöscht", done);
        var after = Findings(await DatabaseTables.ReadAllAsync(host.Database, includeMigrationHistory: true), traces);
        Assert.True(after.Count == 0, "still naming or identifying the user after „Meine Daten löschen“:\n" + string.Join("\n", after));
        // The shared conversations stay reachable for everyone else (LKS cards, digests), only without the user in them.
        var conversations = (await DatabaseTables.ReadAllAsync(host.Database))["conversations"];
        Assert.Contains(conversations, row => row.Contains(TeamChannel, StringComparison.Ordinal));
        Assert.Contains(conversations, row => row.Contains(GroupChat, StringComparison.Ordinal));
    }

    private static async Task UseEverythingAsync(RequestsHost host, Microsoft.Bot.Builder.Adapters.TestAdapter ysolde)
    {
        await host.TurnAsync(ysolde, new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("28:nrwbot", "NrwBot")] });
        await host.TurnAsync(ysolde, "Hallo");
        await host.TurnAsync(ysolde, "Einarbeitung starten");
        await host.TurnAsync(ysolde, ActivityAssert.Submit("onboarding.done", ("step", "programm-und-ziele")));
        await host.TurnAsync(ysolde, ActivityAssert.Submit("profile.submit", ("region", "Kreis Düren"), ("role", "fachkraft")));
        await host.TurnAsync(ysolde, ActivityAssert.Submit("competence.submit", ("topics", "Schule, Argumentationstraining"), ("methods", "Planspiel"),
            ("languages", "Deutsch"), ("austausch", "true"), ("email", "ysolde.quarnstedt@kreis-beispiel.de"), ("consent", "true")));
        await host.TurnAsync(ysolde, "Wie rechne ich Honorare ab?");
        await host.TurnAsync(ysolde, "Fristen-Erinnerungen an");
        await host.TurnAsync(ysolde, "Kalender abonnieren");
        await IntakeSteps.FileAsync(host, Ysolde, "Beratung zur Antragstellung, Ysolde Quarnstedt, Tel. 0221 4710 998");
        await IntakeSteps.FileAsync(host, Ysolde, "Technik: Zugang zum Kanal für Ysolde Quarnstedt", category: "technik");
        var anna = host.Channel(TestPerson.Anna);
        await host.TurnAsync(anna, "#1 übernehmen");
        await host.TurnAsync(anna, "#2 erledigt: Zugang für Ysolde Quarnstedt ist eingerichtet.");
        // Her rating of the closed request, with her name in the comment; the LKS note naming her is scrubbed like the answer.
        await host.TurnAsync(ysolde, "#2 bewerten 4 sehr gut, danke von Ysolde Quarnstedt");
        await host.TurnAsync(anna, "#2 notiz: Ysolde Quarnstedt war sehr zufrieden");
        // Shared conversations: a question in a group chat, a form begun in a team channel (state of her own there).
        await host.TurnAsync(host.Channel(Ysolde, conversationType: "groupChat", conversationId: GroupChat), Mentioning("Wie rechne ich Honorare ab?"));
        await host.TurnAsync(host.Channel(Ysolde, conversationType: "channel", conversationId: TeamChannel), Mentioning("Profil"));
        await host.TurnAsync(host.Channel(TestPerson.Carl, conversationType: "channel", conversationId: TeamChannel), Mentioning("Hallo"));
        // A deadline reminder sent to her (the reminder worker claims each one under her key before sending it).
        Assert.True(await host.Services.GetRequiredService<NrwBot.Dialogs.Calendar.ICalendarStore>()
            .TryClaimReminderAsync(Ysolde.Key, "mittelabruf-2026-jahresende|14", host.Clock.GetUtcNow(), default));
        // Frag das Netzwerk: she takes questions personally, answers Carl's question and asks one under her name, which Carl answers.
        await host.TurnAsync(ysolde, "Netzwerkfragen an");
        var carl = host.Channel(TestPerson.Carl);
        await host.TurnAsync(carl, NrwBot.Tests.Network.NetworkHost.Click(await host.TurnAsync(carl, "Frag das Netzwerk: Wie gewinnt ihr Schulen für Workshops zur Demokratie?"), anonymous: true));
        await host.TurnAsync(ysolde, "Antwort auf N1: Wir fragen zuerst die Schulsozialarbeit. Viele Grüße, Ysolde Quarnstedt");
        await host.TurnAsync(ysolde, NrwBot.Tests.Network.NetworkHost.Click(await host.TurnAsync(ysolde, "Frag das Netzwerk: Wer hat Erfahrung mit Beteiligungsforen im ländlichen Raum?"), anonymous: false));
        await host.TurnAsync(carl, "Antwort auf N2: Wir im Kreis Düren, gern melden!");
        // A material she shared in the Materialbörse (owner key only, no name).
        await host.TurnAsync(ysolde, "Material teilen");
        var summary = await host.TurnAsync(ysolde, NrwBot.Tests.Materials.MaterialsHost.Form(title: "Handlungskonzept Kreis Düren", region: "Kreis Düren"));
        await host.TurnAsync(ysolde, ActivityAssert.Click(summary, "material.confirm"));
        // An LKS absence naming her as the substitute (as if she worked for the LKS): it goes with her data.
        await host.Services.GetRequiredService<NrwBot.Dialogs.Lks.ILksAbsenceStore>().SaveAsync(new NrwBot.Dialogs.Lks.LksAbsence(
            new NrwBot.Dialogs.Requests.RequestActor(TestPerson.Anna.Key, TestPerson.Anna.Name), new DateOnly(2026, 12, 19),
            new NrwBot.Dialogs.Requests.RequestActor(Ysolde.Key, Ysolde.Name), TestPerson.Anna.Key, host.Clock.GetUtcNow()), default);
        // The link to her entry in the contact directory (made on installation from the Teams roster).
        var contact = host.Services.GetRequiredService<NrwBot.Dialogs.Contacts.ContactDirectory>().Contacts.First(candidate => candidate.TeamsUpn is not null);
        Assert.True(await host.Services.GetRequiredService<NrwBot.Host.Onboarding.EfPeerAccounts>().RememberAsync(Ysolde.Key, contact.TeamsUpn, null, default));
    }

    /// <summary>Everything that names or identifies her: ids, user key, the question log's pseudonym, her name and its parts.</summary>
    private static Dictionary<string, string> Traces(RequestsHost host)
    {
        var salt = host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.UserKeySalt;
        var user = new UserRef(Ysolde.Id, Ysolde.Name, Ysolde.AadObjectId);
        return new Dictionary<string, string>
        {
            ["from.id"] = Ysolde.Id,
            ["from.id without prefix"] = Ysolde.Id[3..],
            ["aadObjectId"] = Ysolde.AadObjectId,
            ["user key"] = ConversationKeys.ForUser(user),
            ["question-log pseudonym"] = PseudonymousUserKey.For(user, salt),
            ["display name"] = Ysolde.Name,
            ["given name"] = "Ysolde",
            ["family name"] = "Quarnstedt",
        };
    }

    private static List<string> Findings(Dictionary<string, List<string>> tables, Dictionary<string, string> traces) =>
        [.. from table in tables
            from row in table.Value
            from trace in traces
            where row.Contains(trace.Value, StringComparison.OrdinalIgnoreCase)
            select $"{table.Key}: {trace.Key} in {Shorten(row)}"];

    private static string Shorten(string row) => row.Length <= 400 ? row : row[..400] + "…";

    private static Activity Mentioning(string text)
    {
        var mention = new Entity();
        mention.SetAs(new Mention { Mentioned = new ChannelAccount("28:nrwbot", "NrwBot"), Text = "<at>NrwBot</at>" });
        return new Activity { Type = ActivityTypes.Message, Text = "<at>NrwBot</at> " + text, Entities = [mention] };
    }
}
