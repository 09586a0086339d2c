using Microsoft.EntityFrameworkCore;

namespace NrwBot.Host.Data;

/// <summary>
/// Chooses the database: PostgreSQL when ConnectionStrings:Postgres is set, else SQLite (ConnectionStrings:Sqlite,
/// or the file Database:SqlitePath under the content root, created on first start).
/// </summary>
public static class DatabaseRegistration
{
    public static void AddNrwBotDatabase(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration("Database").ValidateOnStart();
        var postgres = configuration.GetConnectionString("Postgres");
        var sqlite = configuration.GetConnectionString("Sqlite") ?? SqliteFileConnection(builder);
        if (!string.IsNullOrWhiteSpace(postgres))
            AddProvider<PostgresNrwBotDbContext>(builder.Services, options => options.UseNpgsql(postgres));
        else
            AddProvider<SqliteNrwBotDbContext>(builder.Services, options => options.UseSqlite(sqlite).AddInterceptors(SqliteWaitForWriter.Instance));
        builder.Services.AddSingleton<DatabaseReadiness>();
        builder.Services.AddHostedService<DatabaseStartup>();
    }

    private static void AddProvider<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : NrwBotDbContext
    {
        services.AddPooledDbContextFactory<TContext>(configure);
        services.AddSingleton<IDbContextFactory<NrwBotDbContext>, ProviderContextFactory<TContext>>();
    }

    private static string SqliteFileConnection(WebApplicationBuilder builder)
    {
        var relative = builder.Configuration["Database:SqlitePath"] ?? new DatabaseOptions().SqlitePath;
        var path = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, relative));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // A busy timeout lets concurrent turns wait for the single SQLite writer instead of failing.
        return $"Data Source={path};Default Timeout=30;Pooling=True";
    }
}
