using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using NrwBot.Dialogs.Materials;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Materials;

/// <summary>
/// A bot with the Materialbörse on SQLite or PostgreSQL: Erika (Bielefeld, the default user), Tom (Kreis Düren),
/// Lena (Dortmund) and Anna of the LKS. The clock stands on Monday, 23 November 2026.
/// </summary>
public sealed class MaterialsHost : IAsyncDisposable
{
    public static readonly ChannelAccount Tom = new("29:user-tom", "Tom Beispiel") { AadObjectId = "aad-tom-0002" };
    public static readonly ChannelAccount Lena = new("29:user-lena", "Lena Probe") { AadObjectId = "aad-lena-0003" };
    public static readonly ChannelAccount Anna = new("29:user-anna-lks", "Anna LKS") { AadObjectId = "aad-anna-lks-0004" };

    public const string ErikaKey = "user:" + BotTestHost.UserAadId;
    public const string TomKey = "user:aad-tom-0002";

    private readonly TestDatabase _database;

    private MaterialsHost(BotTestHost host, TestDatabase database)
    {
        Host = host;
        _database = database;
    }

    public BotTestHost Host { get; }

    public IMaterialStore Store => Host.Services.GetRequiredService<IMaterialStore>();

    public static TheoryData<string> Providers => new() { "sqlite", "postgresql" };

    public static async Task<MaterialsHost> StartAsync(string provider = "sqlite", Action<IServiceCollection>? replaceServices = null,
        Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? configure = null)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null,
            $"No PostgreSQL server: set {TestDatabase.PostgresVariable} (bash .ci/run starts one and sets it).");
        var database = TestDatabase.Create(provider);
        var host = await BotTestHost.StartAsync(builder =>
        {
            builder.Configuration["Lks:Members:0"] = Anna.AadObjectId;
            builder.Configuration["Materials:LinkCheckEnabled"] = "false";
            configure?.Invoke(builder);
        }, database, replaceServices);
        return new MaterialsHost(host, database);
    }

    public TestAdapter Erika(string channelId = "msteams") => Host.Channel(channelId: channelId);

    public TestAdapter Chat(ChannelAccount user, string channelId = "msteams") =>
        Host.Channel(channelId: channelId, conversationId: "a:personal-" + user.AadObjectId, user: user);

    public Task<IReadOnlyList<Microsoft.Bot.Schema.IActivity>> TurnAsync(TestAdapter chat, string text) => Host.TurnAsync(chat, text);

    public Task<IReadOnlyList<Microsoft.Bot.Schema.IActivity>> TurnAsync(TestAdapter chat, Activity activity) => Host.TurnAsync(chat, activity);

    public async Task<string> TextAsync(TestAdapter chat, string text) => Visible(await Host.TurnAsync(chat, text));

    public async Task<string> TextAsync(TestAdapter chat, Activity activity) => Visible(await Host.TurnAsync(chat, activity));

    public static string Visible(IEnumerable<IActivity> replies) => string.Join("\n", replies.Select(ActivityAssert.VisibleText));

    public Task SetProfileAsync(TestAdapter chat, string region) =>
        Host.TurnAsync(chat, ActivityAssert.Submit("profile.submit", ("region", region), ("role", "fachkraft")));

    /// <summary>The form's values as a card submits them.</summary>
    public static Activity Form(string title = "Handlungskonzept Bielefeld 2026", string kind = "Handlungskonzept", string topics = "Schule, Netzwerkarbeit",
        string tags = "Jugend, Sportvereine", string region = "Bielefeld", string year = "2026", string link = "https://bielefeld.sharepoint.com/sites/nrweltoffen/Handlungskonzept.pdf",
        string description = "Unser Handlungskonzept mit den Handlungsfeldern Schule und Netzwerkarbeit, beschlossen vom Rat.", string visibility = "network") =>
        ActivityAssert.Submit("material.submit", (MaterialDraft.TitleField, title), (MaterialDraft.KindField, kind), (MaterialDraft.TopicsField, topics),
            (MaterialDraft.TagsField, tags), (MaterialDraft.RegionField, region), (MaterialDraft.YearField, year), (MaterialDraft.LinkField, link),
            (MaterialDraft.DescriptionField, description), (MaterialDraft.VisibilityField, visibility));

    /// <summary>Opens the form, submits it and sends the summary: the whole card way; returns the last turn's replies.</summary>
    public async Task<IReadOnlyList<IActivity>> ShareAsync(TestAdapter chat, Activity form)
    {
        await Host.TurnAsync(chat, "Material teilen");
        var summary = await Host.TurnAsync(chat, form);
        return await Host.TurnAsync(chat, ActivityAssert.Click(summary, "material.confirm"));
    }

    /// <summary>A material stored directly (as a finished „Material teilen“ would store it).</summary>
    public async Task<Material> SeedAsync(string ownerKey, string title, MaterialKind kind, string region, int year, string description,
        string[]? topics = null, string[]? tags = null, MaterialVisibility visibility = MaterialVisibility.Network, string? link = null)
    {
        var now = Host.Clock.GetUtcNow();
        var material = new Material
        {
            OwnerKey = ownerKey, Title = title, Kind = kind, Region = region, Year = year, Description = description,
            TopicIds = topics ?? [], Tags = tags ?? [], Visibility = visibility, SharedAt = now, UpdatedAt = now,
            Link = link ?? "https://example.sharepoint.com/sites/nrw/" + Uri.EscapeDataString(title) + ".pdf",
        };
        return (await Store.ShareAsync(material, ownerKey + "|seed:" + Guid.NewGuid().ToString("N"), CancellationToken.None)).Material;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _database.Dispose();
    }
}
