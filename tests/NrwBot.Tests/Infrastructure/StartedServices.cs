using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NrwBot.Host.Data;
using NrwBot.Host.Knowledge;

namespace NrwBot.Tests.Infrastructure;

/// <summary>
/// The background services a test host starts: the database (migrations), then the knowledge base on it (seeded from
/// the content folder, first load; its revision poll runs on the host's clock). The others stay off unless a test starts them.
/// </summary>
public static class StartedServices
{
    public static async Task StartDatabaseAndKnowledgeAsync(IServiceProvider services)
    {
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted.OfType<DatabaseStartup>()) await service.StartAsync(CancellationToken.None);
        foreach (var service in hosted.OfType<KnowledgeRefresher>()) await service.StartAsync(CancellationToken.None);
    }
}
