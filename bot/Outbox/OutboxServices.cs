using NrwBot.Host.Proactive;

namespace NrwBot.Host.Outbox;

public static class OutboxServices
{
    /// <summary>The outbox table's writer, its worker and the handler for plain messages (features add handlers of their own).</summary>
    public static IServiceCollection AddNrwBotOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        // Every proactive path (the ProactiveMessenger the outbox delivers through) finds conversations through it.
        services.AddSingleton<ChannelReferences>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<OutboxClaims>();
        services.AddSingleton<OutboxStatus>();
        services.AddSingleton<OutboxRateLimiter>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<IOutboxHandler, OutboxMessageHandler>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
