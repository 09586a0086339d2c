using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Host.Data;
using NrwBot.Host.Knowledge;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Knowledge;

/// <summary>
/// The question log writes through the group commit: questions of concurrent turns share a transaction, and each must
/// still get its own row and the id of that row (the id is on the answer's 👍/👎 and must find the asker's entry).
/// </summary>
public sealed class QuestionLogGroupCommitTests
{
    [SkippableTheory, MemberData(nameof(Materials.MaterialsHost.Providers), MemberType = typeof(Materials.MaterialsHost))]
    public async Task Concurrent_questions_get_a_row_each_under_their_own_id(string provider)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null, "No PostgreSQL server.");
        using var database = TestDatabase.Create(provider);
        await using var host = await BotTestHost.StartAsync(_ => { }, database);
        var log = host.Services.GetRequiredService<IQuestionLog>();
        var at = new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

        var ids = await Task.WhenAll(Enumerable.Range(0, 60).Select(index =>
            log.RecordAsync(new QuestionLogEntry($"asker-{index}", $"Frage Nummer {index}?", null, KnowledgeDecision.None, 0.1, at, null), default)));

        Assert.Equal(60, ids.Distinct().Count());
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<NrwBotDbContext>>().CreateDbContextAsync();
        var rows = await db.Set<QuestionRecord>().AsNoTracking().ToDictionaryAsync(record => record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(60, rows.Count);
        for (var index = 0; index < ids.Length; index++) Assert.Equal($"Frage Nummer {index}?", rows[ids[index]].Question);
        // The id leads back to the asker's own entry only.
        Assert.True(await log.RecordFeedbackAsync(ids[7], "asker-7", KnowledgeFeedback.Helpful, default));
        Assert.False(await log.RecordFeedbackAsync(ids[7], "asker-8", KnowledgeFeedback.Helpful, default));
    }
}
