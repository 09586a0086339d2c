using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Onboarding;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Onboarding;

/// <summary>The EF store on SQLite and PostgreSQL (skipped, with the reason, without a server): the claim and the digest figures.</summary>
public sealed class OnboardingStoreTests
{
    public static TheoryData<string> Providers => new() { "sqlite", "postgresql" };

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task Only_the_first_claim_of_a_reminder_wins(string provider)
    {
        var (host, database) = await OpenAsync(provider);
        using var __ = database;
        await using var _ = host;
        var store = host.Services.GetRequiredService<IOnboardingStore>();
        await store.SaveAsync(OnboardingProgress.Start("user:a", At(2026, 11, 2)), CancellationToken.None);
        var seenByBoth = (await store.FindAsync("user:a", CancellationToken.None))!.LastReminderAt;

        var first = await store.TryClaimReminderAsync("user:a", seenByBoth, At(2026, 11, 30), CancellationToken.None);
        var second = await store.TryClaimReminderAsync("user:a", seenByBoth, At(2026, 11, 30), CancellationToken.None);
        var next = await store.TryClaimReminderAsync("user:a", At(2026, 11, 30), At(2026, 12, 7), CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.True(next);
        Assert.Equal(At(2026, 12, 7), (await store.FindAsync("user:a", CancellationToken.None))!.LastReminderAt);
    }

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task Saving_a_turn_never_overwrites_a_claimed_reminder(string provider)
    {
        var (host, database) = await OpenAsync(provider);
        using var __ = database;
        await using var _ = host;
        var store = host.Services.GetRequiredService<IOnboardingStore>();
        await store.SaveAsync(OnboardingProgress.Start("user:a", At(2026, 11, 2)), CancellationToken.None);
        var loadedByATurn = (await store.FindAsync("user:a", CancellationToken.None))!;

        await store.TryClaimReminderAsync("user:a", null, At(2026, 11, 30), CancellationToken.None);
        loadedByATurn.MarkDone("datenschutz", At(2026, 11, 30));
        await store.SaveAsync(loadedByATurn, CancellationToken.None);

        var stored = (await store.FindAsync("user:a", CancellationToken.None))!;
        Assert.Equal(At(2026, 11, 30), stored.LastReminderAt);
        Assert.True(stored.IsDone("datenschutz"));
    }

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task Figures_count_started_finished_and_stuck_in_the_period_and_name_only_those_who_agreed(string provider)
    {
        var (host, database) = await OpenAsync(provider);
        using var __ = database;
        await using var _ = host;
        var store = host.Services.GetRequiredService<IOnboardingStore>();
        await SaveAsync(store, "user:anna", At(2026, 11, 5), At(2026, 11, 20), finished: At(2026, 11, 20), sharedAs: "Anna Beispiel");
        await SaveAsync(store, "user:ben", At(2026, 11, 10), At(2026, 11, 11));
        await SaveAsync(store, "user:cem", At(2026, 10, 1), At(2026, 11, 28), sharedAs: "Cem Muster");
        await SaveAsync(store, "user:dora", At(2026, 12, 3), At(2026, 12, 3), sharedAs: "Dora Später");
        await SaveAsync(store, "user:emil", At(2026, 10, 1), At(2026, 10, 15), finished: At(2026, 10, 15), sharedAs: "Emil Früher");

        var figures = await store.FiguresAsync(At(2026, 11, 1), At(2026, 12, 1), TimeSpan.FromDays(14), CancellationToken.None);

        Assert.Equal(2, figures.Started);
        Assert.Equal(1, figures.Finished);
        Assert.Equal(1, figures.Stuck);
        Assert.Equal(["Anna Beispiel", "Cem Muster"], figures.People.Select(person => person.Name));
        Assert.Equal(1, figures.People[0].StepsDone);
    }

    private static async Task SaveAsync(IOnboardingStore store, string key, DateTimeOffset started, DateTimeOffset lastProgress,
        DateTimeOffset? finished = null, string? sharedAs = null)
    {
        var progress = OnboardingProgress.Start(key, started);
        progress.MarkDone("programm-und-ziele", lastProgress);
        progress.FinishedAt = finished;
        progress.SharesProgress = sharedAs is not null;
        progress.DisplayName = sharedAs;
        await store.SaveAsync(progress, CancellationToken.None);
    }

    private static async Task<(BotTestHost Host, TestDatabase Database)> OpenAsync(string provider)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null,
            $"No PostgreSQL server: set {TestDatabase.PostgresVariable} (bash .ci/run starts one and sets it).");
        var database = TestDatabase.Create(provider);
        return (await BotTestHost.StartAsync(database: database), database);
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);
}
