using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Requests;

/// <summary>A <see cref="RequestsHost"/> on SQLite or PostgreSQL; PostgreSQL cases are skipped without a server.</summary>
public sealed class StoreHost : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private StoreHost(RequestsHost host, TestDatabase database)
    {
        Host = host;
        _database = database;
    }

    public static TheoryData<string> Providers => new() { "sqlite", "postgresql" };

    public RequestsHost Host { get; }

    public static async Task<StoreHost> StartAsync(string provider, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? replaceServices = null)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null,
            $"No PostgreSQL server: set {TestDatabase.PostgresVariable} (bash .ci/run starts one and sets it).");
        var database = TestDatabase.Create(provider);
        return new StoreHost(await RequestsHost.StartAsync(database, replaceServices), database);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _database.Dispose();
    }
}
