using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Host.Data;

namespace NrwBot.Host.Knowledge;

/// <summary>
/// Starts the knowledge base once the database is migrated (<see cref="DatabaseReadiness"/>: seed when empty, first
/// load), then reads the revision row every <see cref="KnowledgeOptions.RevisionPollInterval"/> and reloads when
/// another instance (or the command line) published a change. A failed poll is logged and tried again next time;
/// the bot keeps serving what it has.
/// </summary>
public sealed class KnowledgeRefresher(DatabaseKnowledgeSource source, DatabaseReadiness database, IOptions<KnowledgeOptions> options, TimeProvider clock,
    ILogger<KnowledgeRefresher> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.Ready.WaitAsync(cancellationToken);
        await source.InitializeAsync(clock.GetUtcNow(), cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RevisionPollInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await source.RefreshAsync(stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    logger.LogWarning(error, "Wissensdatenbank: Abgleich mit der Datenbank fehlgeschlagen; nächster Versuch in {Interval}", options.Value.RevisionPollInterval);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
