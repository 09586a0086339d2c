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
        // One delay at a time (not a periodic timer): a clock that jumps ahead, as in tests, wakes the loop once, not
        // once for every interval it skipped.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.RevisionPollInterval, clock, stoppingToken);
                await source.RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                logger.LogWarning(error, "Wissensdatenbank: Abgleich mit der Datenbank fehlgeschlagen; nächster Versuch in {Interval}", options.Value.RevisionPollInterval);
            }
        }
    }
}
