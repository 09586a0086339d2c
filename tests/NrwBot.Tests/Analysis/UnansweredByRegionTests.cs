using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Analysis;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Host.Analysis;
using NrwBot.Host.Data;
using NrwBot.Host.Digest;
using NrwBot.Host.Knowledge;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Analysis;

/// <summary>
/// Unanswered questions per region: the question log keeps the Kreis/Stadt of the asker's profile (and nothing else about
/// them), and the chat, `analysis --format json` and the digest's regional section count them the same way, with „< 3“.
/// </summary>
public sealed class UnansweredByRegionTests
{
    private const string Unanswerable = "Wie wird das Wetter morgen in Hamm?";

    [SkippableTheory, MemberData(nameof(Materials.MaterialsHost.Providers), MemberType = typeof(Materials.MaterialsHost))]
    public async Task The_log_keeps_the_profiles_region_and_nothing_without_a_profile(string provider)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null, "No PostgreSQL server.");
        using var database = TestDatabase.Create(provider);
        await using var host = await BotTestHost.StartAsync(_ => { }, database);
        var withProfile = host.Channel();
        await host.TurnAsync(withProfile, ActivityAssert.Submit("profile.submit", ("region", "Kreis Düren"), ("role", "fachkraft")));
        await host.TurnAsync(withProfile, Unanswerable);
        await host.TurnAsync(host.Channel(user: new Microsoft.Bot.Schema.ChannelAccount("29:user-noprofile", "Nora Ohne") { AadObjectId = "aad-noprofile-0009" },
            conversationId: "a:personal-noprofile"), Unanswerable);

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        var regions = await db.Set<QuestionRecord>().OrderBy(record => record.Id).Select(record => record.Region).ToListAsync();
        Assert.Equal(["Kreis Düren", null], regions);
    }

    [Fact]
    public async Task Chat_json_and_digest_show_the_same_counts_per_region_with_small_numbers_suppressed()
    {
        using var database = TestDatabase.Sqlite();
        string detmold, paderborn;
        await using (var host = await BotTestHost.StartAsync(builder => builder.Configuration["Lks:Members:0"] = BotTestHost.UserAadId, database.KeepAlive()))
        {
            var log = host.Services.GetRequiredService<IQuestionLog>();
            var at = new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);
            foreach (var region in new string?[] { "Bielefeld", "Bielefeld", "Bielefeld", "Kreis Paderborn", "Köln", "Köln", null })
                await log.RecordAsync(new QuestionLogEntry("k", "Wie finden wir Referenten für einen Elternabend?", null, KnowledgeDecision.None, 0.1, at, region), default);
            // An answered question is no unanswered one, whatever its region.
            await log.RecordAsync(new QuestionLogEntry("k", "Wie rechne ich Honorare ab?", "honorare", KnowledgeDecision.Answer, 0.9, at, "Bielefeld"), default);
            var chat = host.Channel();
            detmold = Text(await host.TurnAsync(chat, "Regionale Analyse Regierungsbezirk Detmold seit 01.11.2026"));
            paderborn = Text(await host.TurnAsync(chat, "Regionale Analyse Kreis Paderborn seit 01.11.2026"));
        }

        var json = await RunAsync(AnalysisCommandLine.RunAsync, database, "--region", "Regierungsbezirk Detmold", "--from", "2026-11-01", "--to", "2026-11-23", "--format", "json");
        var small = await RunAsync(AnalysisCommandLine.RunAsync, database, "--region", "Kreis Paderborn", "--from", "2026-11-01", "--to", "2026-11-23", "--format", "json");
        var digest = await RunAsync(DigestCommandLine.RunAsync, database, "--from", "2026-11-01", "--to", "2026-11-23", "--format", "md");

        var unanswered = AnalysisTexts.UnansweredQuestions.German;
        Assert.Equal((4, 7), Totals(json));
        Assert.Equal((null, 7), Totals(small));
        Assert.Contains(AnalysisTexts.SectionHeading.Format(unanswered, "Regierungsbezirk Detmold", 4, 7), detmold);
        Assert.Contains(AnalysisTexts.SectionHeading.Format(unanswered, "Kreis Paderborn", "< 3", 7), paderborn);
        Assert.Contains(AnalysisTexts.DigestAreaLine.Format("Regierungsbezirk Detmold", 0, 0, 4, 7, 0, "< 3", 7), digest);
        Assert.Contains(AnalysisTexts.DigestAreaLine.Format("Regierungsbezirk Köln", 0, 0, "< 3", 7, 0, "< 3", 11), digest);
    }

    private static (int? Region, int Nrw) Totals(string json)
    {
        using var document = JsonDocument.Parse(json);
        var figure = document.RootElement.GetProperty("figures").EnumerateArray().Single(each => each.GetProperty("figure").GetString() == "unansweredQuestions");
        var region = figure.GetProperty("regionTotal");
        return (region.ValueKind == JsonValueKind.Null ? null : region.GetInt32(), figure.GetProperty("nrwTotal").GetInt32());
    }

    private static string Text(IEnumerable<Microsoft.Bot.Schema.IActivity> replies) => string.Join("\n", replies.Select(ActivityAssert.VisibleText));

    private delegate Task<int> CommandLine(string[] args, TextWriter stdout, TextWriter stderr,
        Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder> configure, Action<IServiceCollection>? replace);

    private static async Task<string> RunAsync(CommandLine run, TestDatabase database, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.True(await run(args, stdout, stderr, database.Apply, null) == 0, stderr.ToString());
        return stdout.ToString();
    }
}
