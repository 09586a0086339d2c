using Microsoft.Extensions.Diagnostics.HealthChecks;
using NrwBot.Dialogs.Knowledge;

namespace NrwBot.Host.Hosting.Health;

/// <summary>Ready only with a knowledge base of at least one article: without it every question would go unanswered.</summary>
public sealed class KnowledgeHealthCheck(IKnowledgeSource knowledge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var articles = knowledge.Current.Base.Articles.Count;
        return Task.FromResult(articles > 0
            ? HealthCheckResult.Healthy($"{articles} articles")
            : HealthCheckResult.Unhealthy("no articles loaded"));
    }
}
