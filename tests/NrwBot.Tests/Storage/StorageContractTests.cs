using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Host.Data;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Storage;

/// <summary>
/// The whole IStorage contract, on SQLite and on PostgreSQL. The PostgreSQL cases are skipped (with the
/// reason) when NRWBOT_TEST_POSTGRES names no server; `bash .ci/run` starts one.
/// </summary>
public sealed class StorageContractTests
{
    public static TheoryData<string> Providers => new() { "sqlite", "postgresql" };

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task Reading_unknown_keys_returns_nothing(string provider)
    {
        await using var storage = await OpenAsync(provider);
        var items = await storage.Storage.ReadAsync(["nobody", "nothing/here"]);
        Assert.Empty(items);
    }

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task Typed_and_nested_objects_round_trip(string provider)
    {
        await using var storage = await OpenAsync(provider);
        var item = new SampleItem { Name = "Kreis Düren", Counts = { ["Fortbildung"] = 3 }, Nested = new SampleItem.Inner { When = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero), Tags = ["a", "b"] } };
        await storage.Storage.WriteAsync(new Dictionary<string, object> { ["k"] = item, ["plain"] = new Dictionary<string, object> { ["n"] = 42L } });

        var read = await storage.Storage.ReadAsync(["k", "plain"]);
        var typed = Assert.IsType<SampleItem>(read["k"]);
        Assert.Equal("Kreis Düren", typed.Name);
        Assert.Equal(3, typed.Counts["Fortbildung"]);
        Assert.Equal(item.Nested.When, typed.Nested!.When);
        Assert.Equal(["a", "b"], typed.Nested.Tags);
        Assert.False(string.IsNullOrEmpty(typed.ETag));
        Assert.Equal(42L, Assert.IsType<Dictionary<string, object>>(read["plain"])["n"]);
    }

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task Writes_without_etag_or_with_star_overwrite(string provider)
    {
        await using var storage = await OpenAsync(provider);
        await storage.Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new SampleItem { Name = "eins" } });
        await storage.Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new SampleItem { Name = "zwei", ETag = null } });
        Assert.Equal("zwei", ((SampleItem)(await storage.Storage.ReadAsync(["k"]))["k"]).Name);
        await storage.Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new SampleItem { Name = "drei", ETag = "*" } });
        Assert.Equal("drei", ((SampleItem)(await storage.Storage.ReadAsync(["k"]))["k"]).Name);
    }

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task A_stale_etag_throws_an_etag_conflict_and_changes_nothing(string provider)
    {
        await using var storage = await OpenAsync(provider);
        await storage.Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new SampleItem { Name = "eins" } });
        var first = (SampleItem)(await storage.Storage.ReadAsync(["k"]))["k"];
        var second = (SampleItem)(await storage.Storage.ReadAsync(["k"]))["k"];

        first.Name = "von A";
        await storage.Storage.WriteAsync(new Dictionary<string, object> { ["k"] = first });
        second.Name = "von B";
        var error = await Assert.ThrowsAnyAsync<Exception>(() => storage.Storage.WriteAsync(new Dictionary<string, object> { ["k"] = second }));

        Assert.StartsWith("Etag conflict", error.Message);
        Assert.Equal("von A", ((SampleItem)(await storage.Storage.ReadAsync(["k"]))["k"]).Name);
    }

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task The_current_etag_writes_and_gets_a_new_etag(string provider)
    {
        await using var storage = await OpenAsync(provider);
        await storage.Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new SampleItem { Name = "eins" } });
        var current = (SampleItem)(await storage.Storage.ReadAsync(["k"]))["k"];
        var before = current.ETag;
        current.Name = "zwei";
        await storage.Storage.WriteAsync(new Dictionary<string, object> { ["k"] = current });
        var after = (SampleItem)(await storage.Storage.ReadAsync(["k"]))["k"];
        Assert.Equal("zwei", after.Name);
        Assert.NotEqual(before, after.ETag);
    }

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task Concurrent_writes_commit_together_and_a_stale_etag_among_them_fails_only_its_own_write(string provider)
    {
        // The writes of concurrent turns share a transaction (GroupCommit): one conflict must neither take the others
        // down nor let its own keys through half way.
        await using var storage = await OpenAsync(provider);
        await storage.Storage.WriteAsync(new Dictionary<string, object> { ["contested"] = new SampleItem { Name = "eins" } });
        var stale = (SampleItem)(await storage.Storage.ReadAsync(["contested"]))["contested"];
        var fresh = (SampleItem)(await storage.Storage.ReadAsync(["contested"]))["contested"];
        fresh.Name = "gewonnen";
        await storage.Storage.WriteAsync(new Dictionary<string, object> { ["contested"] = fresh });
        stale.Name = "veraltet";

        var writes = Enumerable.Range(0, 40)
            .Select(index => storage.Storage.WriteAsync(new Dictionary<string, object> { [$"user/{index}"] = new SampleItem { Name = $"Nr. {index}" }, [$"conversation/{index}"] = new SampleItem() }))
            .Append(storage.Storage.WriteAsync(new Dictionary<string, object> { ["alongside-the-stale-one"] = new SampleItem { Name = "nie" }, ["contested"] = stale }))
            .ToList();
        var outcome = await Task.WhenAll(writes.Select(async write => { try { await write; return null; } catch (Exception error) { return error; } }));

        Assert.Single(outcome, error => error is not null);
        Assert.StartsWith("Etag conflict", outcome.Last()!.Message);
        var read = await storage.Storage.ReadAsync([.. Enumerable.Range(0, 40).Select(index => $"user/{index}"), "contested", "alongside-the-stale-one"]);
        Assert.Equal(41, read.Count);
        Assert.Equal("Nr. 39", ((SampleItem)read["user/39"]).Name);
        Assert.Equal("gewonnen", ((SampleItem)read["contested"]).Name);
        Assert.False(read.ContainsKey("alongside-the-stale-one"));
    }

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task Deleting_unknown_keys_is_fine_and_deleting_known_keys_removes_them(string provider)
    {
        await using var storage = await OpenAsync(provider);
        await storage.Storage.DeleteAsync(["never-written"]);
        await storage.Storage.WriteAsync(new Dictionary<string, object> { ["a"] = new SampleItem(), ["b"] = new SampleItem() });
        await storage.Storage.DeleteAsync(["a", "unknown"]);
        var read = await storage.Storage.ReadAsync(["a", "b"]);
        Assert.Equal(["b"], read.Keys);
    }

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task Keys_may_contain_any_characters(string provider)
    {
        await using var storage = await OpenAsync(provider);
        string[] keys =
        [
            "msteams/conversations/19:abc@thread.tacv2;messageid=1/",
            "quotes ' \" and back\\slashes",
            "Umlaute äöüß und Emoji 👍 und 中文",
            new string('x', 350) + "/end",
            "percent %20 and ? & # =",
        ];
        await storage.Storage.WriteAsync(keys.ToDictionary(key => key, key => (object)new SampleItem { Name = key }));
        var read = await storage.Storage.ReadAsync(keys);
        Assert.Equal(keys.Length, read.Count);
        foreach (var key in keys) Assert.Equal(key, ((SampleItem)read[key]).Name);
    }

    private static async Task<OpenStorage> OpenAsync(string provider)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null,
            $"No PostgreSQL server: set {TestDatabase.PostgresVariable} (bash .ci/run starts one and sets it).");
        var database = TestDatabase.Create(provider);
        var host = await BotTestHost.StartAsync(database: database);
        return new OpenStorage(host, database);
    }

    private sealed class OpenStorage(BotTestHost host, TestDatabase database) : IAsyncDisposable
    {
        public IStorage Storage { get; } = host.Services.GetRequiredService<IStorage>();

        public async ValueTask DisposeAsync()
        {
            await host.DisposeAsync();
            database.Dispose();
        }
    }
}

public sealed class SampleItem : IStoreItem
{
    public string? Name { get; set; }
    public Dictionary<string, int> Counts { get; set; } = [];
    public Inner? Nested { get; set; }
    public string? ETag { get; set; }

    public sealed class Inner
    {
        public DateTimeOffset When { get; set; }
        public List<string> Tags { get; set; } = [];
    }
}
