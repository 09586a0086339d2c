using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Knowledge;
using NrwBot.Dialogs.Knowledge.Store;
using NrwBot.Host.Hosting;

namespace NrwBot.Host.Knowledge;

/// <summary>
/// The knowledge feature: the knowledge base in the database (seeded from the Markdown folder, versioned, reloaded
/// when its revision changes), search, question log, and the LKS's history and rollback.
/// </summary>
public static class KnowledgeServices
{
    public static IServiceCollection AddNrwBotKnowledge(this IServiceCollection services, string contentRoot)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.SectionName)
            .Validate(options => options.RevisionPollInterval > TimeSpan.Zero, "Knowledge: RevisionPollInterval muss größer als 0 sein.")
            .ValidateOnStart();
        services.AddSingleton<EfKnowledgeStore>();
        services.AddSingleton<IKnowledgeStore>(provider => provider.GetRequiredService<EfKnowledgeStore>());
        services.AddSingleton<NrwBot.Dialogs.Knowledge.Learning.IKnowledgeDrafts>(provider => provider.GetRequiredService<EfKnowledgeStore>());
        services.AddSingleton(provider => new DatabaseKnowledgeSource(
            provider.GetRequiredService<IKnowledgeStore>(),
            provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value,
            ContentPaths.Resolve(contentRoot, "knowledge"),
            provider.GetRequiredService<ILogger<DatabaseKnowledgeSource>>()));
        services.AddSingleton<IKnowledgeSource>(provider => provider.GetRequiredService<DatabaseKnowledgeSource>());
        services.AddSingleton<IKnowledgeRefresh>(provider => provider.GetRequiredService<DatabaseKnowledgeSource>());
        services.AddSingleton(provider => new KnowledgeService(
            provider.GetRequiredService<IKnowledgeSource>(), provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value));
        services.AddSingleton<IQuestionLog, DatabaseQuestionLog>();
        services.AddSingleton<NrwBot.Dialogs.Privacy.IUserQuestionHistory, DatabaseQuestionHistory>();
        services.AddSingleton<KnowledgeFeature>();
        services.AddSingleton<KnowledgeHistoryFeature>();
        services.AddSingleton<NrwBot.Dialogs.Knowledge.Learning.KnowledgeLearningFeature>();
        services.AddSingleton<NrwBot.Dialogs.Knowledge.Learning.ArticleDraftReplies>();
        services.AddSingleton<NrwBot.Dialogs.Knowledge.Learning.DraftNotices>();
        services.AddSingleton<NrwBot.Dialogs.Knowledge.Learning.ArticleDraftFlow>();
        services.AddSingleton<NrwBot.Dialogs.Knowledge.Learning.ArticleDraftFeature>();
        services.AddHostedService<KnowledgeRefresher>();
        return services;
    }

    /// <summary>
    /// The `ask`, `eval` and `kb check` commands with the bot's knowledge settings: `ask`/`eval` answer from the bot's
    /// database when it holds knowledge (see <see cref="PublishedKnowledgeReader"/>), with `--folder` from the files.
    /// </summary>
    public static KnowledgeCommandLine CommandLine(IConfiguration configuration, IReadOnlyList<string>? args = null)
    {
        var folder = ContentPaths.Resolve(ContentPaths.Root(), "knowledge");
        var options = configuration.GetSection(KnowledgeOptions.SectionName).Get<KnowledgeOptions>() ?? new KnowledgeOptions();
        var fromFolder = args?.Contains(KnowledgeCommandLine.FolderFlag) == true;
        return new KnowledgeCommandLine(folder, options, TimeProvider.System, fromFolder ? null : (stderr, cancellationToken) => PublishedKnowledgeReader.ReadAsync(folder, stderr, cancellationToken: cancellationToken));
    }
}
