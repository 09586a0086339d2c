using Microsoft.EntityFrameworkCore;

namespace NrwBot.Host.Data;

/// <summary>Hands out the provider's context (pooled) to everything that asks for <see cref="NrwBotDbContext"/>.</summary>
public sealed class ProviderContextFactory<TContext>(IDbContextFactory<TContext> provider) : IDbContextFactory<NrwBotDbContext>
    where TContext : NrwBotDbContext
{
    public NrwBotDbContext CreateDbContext() => provider.CreateDbContext();

    public async Task<NrwBotDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await provider.CreateDbContextAsync(cancellationToken);
}
