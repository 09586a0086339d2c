using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Analysis;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Results;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.NetworkResults;

/// <summary>Stored results read back for search and analysis, on SQLite and PostgreSQL.</summary>
public sealed class ResultsStoreTests
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Items_of_the_meetings_in_a_period_come_back_with_meeting_group_question_office_and_category(string provider)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null,
            $"No PostgreSQL server: set {TestDatabase.PostgresVariable} (bash .ci/run starts one and sets it).");
        using var database = TestDatabase.Create(provider);
        await using var host = await BotTestHost.StartAsync(database: database.KeepAlive());
        await ResultsTestData.StoreSeedAsync(host.Services);
        var store = host.Services.GetRequiredService<IResultsStore>();

        var all = await store.ItemsAsync(new DateOnly(2007, 7, 12), new DateOnly(2007, 7, 12), CancellationToken.None);
        var none = await store.ItemsAsync(new DateOnly(2007, 7, 13), new DateOnly(2026, 12, 31), CancellationToken.None);
        var needs = await host.Services.GetRequiredService<ISupportNeedFigures>()
            .FactsAsync(new DigestPeriod(new DateOnly(2007, 1, 1), new DateOnly(2007, 12, 31), DigestPeriod.DefaultZone), CancellationToken.None);

        Assert.Equal(165, all.Count);
        Assert.Empty(none);
        Assert.Equal(19, all.Count(item => item.Place is not null));
        Assert.Equal(("AG I", 1, "Aktueller Arbeitsschwerpunkt"), (all[0].GroupName, all[0].SectionNumber, all[0].SectionTitle));
        Assert.Equal(new DateOnly(2007, 7, 12), all[0].MeetingDate);
        Assert.Equal(21, needs.Count);
        Assert.Equal(7, needs.Count(need => need.Category == "Vernetzung & Austausch"));
    }
}
