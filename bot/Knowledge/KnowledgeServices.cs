using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Host.Hosting;

namespace NrwBot.Host.Knowledge;

/// <summary>The knowledge feature: the Markdown knowledge base (reloaded on change), search, question log.</summary>
public static class KnowledgeServices
{
    public static IServiceCollection AddNrwBotKnowledge(this IServiceCollection services, string contentRoot)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName).ValidateOnStart();
        services.AddSingleton(provider => new KnowledgeProvider(
            ContentPaths.Resolve(contentRoot, "knowledge"),
            provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value,
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IKnowledgeSource>(provider => provider.GetRequiredService<KnowledgeProvider>());
        services.AddSingleton(provider => new KnowledgeService(
            provider.GetRequiredService<IKnowledgeSource>(), provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value));
        services.AddSingleton<IQuestionLog, DatabaseQuestionLog>();
        services.AddSingleton<NrwBot.Dialogs.Privacy.IUserQuestionHistory, DatabaseQuestionHistory>();
        services.AddSingleton<KnowledgeFeature>();
        services.AddHostedService<KnowledgeWatcher>();
        return services;
    }

    /// <summary>The `ask`, `eval` and `kb check` commands, over the same content folder the bot serves.</summary>
    public static KnowledgeCommandLine CommandLine()
    {
        var folder = ContentPaths.Resolve(ContentPaths.Root(), "knowledge");
        return new KnowledgeCommandLine(folder, new KnowledgeOptions(), TimeProvider.System);
    }
}
