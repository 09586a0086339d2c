using Microsoft.AspNetCore.Builder;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Requests;
using NrwBot.Dialogs.Requests.Queue;
using NrwBot.Tests.Infrastructure;
using NrwBot.Dialogs.Lks;

namespace NrwBot.Tests.Requests;

/// <summary>
/// <see cref="BotTestHost"/> with two more edges swapped (through its replaceServices): proactive messages
/// and the LKS channel are recorded, and a test may wrap the request store. Anna and Ben are configured as LKS (Anna as its lead),
/// <see cref="RequestActivities.TeamId"/> is the LKS team.
/// Conversations can be held by any <see cref="TestPerson"/>.
/// </summary>
public sealed class RequestsHost : IAsyncDisposable
{
    private readonly BotTestHost _host;
    private readonly Dictionary<string, TestAdapter> _channels = [];

    private RequestsHost(BotTestHost host) => _host = host;

    public WebApplication App => _host.App;
    public FakeTimeProvider Clock => _host.Clock;
    public TestDatabase Database => _host.Database;
    public IServiceProvider Services => _host.Services;
    public IBot Bot => _host.Bot;
    public RecordingProactiveSender Sender => (RecordingProactiveSender)Services.GetRequiredService<IProactiveSender>();
    public RecordingLksChannel LksChannel => (RecordingLksChannel)Services.GetRequiredService<ILksChannel>();
    public IRequestStore Store => Services.GetRequiredService<IRequestStore>();

    public static async Task<RequestsHost> StartAsync(TestDatabase? database = null, Action<IServiceCollection>? replaceServices = null,
        Action<WebApplicationBuilder>? configure = null) =>
        new(await BotTestHost.StartAsync(builder =>
        {
            configure?.Invoke(builder);
            builder.Configuration["Lks:Members:0"] = TestPerson.Anna.AadObjectId;
            builder.Configuration["Lks:Members:1"] = TestPerson.Ben.AadObjectId;
            // Anna leads the LKS: she may set others' absences and read confidential requests; Ben may not.
            builder.Configuration["Lks:LeadMembers:0"] = TestPerson.Anna.AadObjectId;
            // The LKS team: its channels are, besides personal chats, where LKS views may be shown.
            builder.Configuration["Lks:TeamId"] = RequestActivities.TeamId;
        }, database, services =>
        {
            services.AddSingleton<IProactiveSender, RecordingProactiveSender>();
            services.AddSingleton<ILksChannel, RecordingLksChannel>();
            replaceServices?.Invoke(services);
        }));

    /// <summary>
    /// One adapter per conversation: a TestAdapter numbers its activities from 0, and a second adapter for the same
    /// conversation would repeat activity ids, which the intake rightly treats as redeliveries.
    /// </summary>
    /// <param name="window">Another window on the same conversation (a second client, or the same user's second
    /// click arriving on another connection); give its activities explicit ids.</param>
    public TestAdapter Channel(TestPerson person, string channelId = "msteams", string conversationType = "personal", string? conversationId = null, int window = 0)
    {
        var key = string.Join('|', person.Id, channelId, conversationType, conversationId, window);
        lock (_channels)
        {
            if (!_channels.TryGetValue(key, out var channel))
            {
                var user = new ChannelAccount(person.Id, person.Name) { AadObjectId = person.AadObjectId };
                _channels[key] = channel = _host.Channel(channelId, conversationType, conversationId ?? "a:personal-" + person.Id, user);
            }
            return channel;
        }
    }

    public Task<IReadOnlyList<IActivity>> TurnAsync(TestAdapter channel, string text) => _host.TurnAsync(channel, text);

    public Task<IReadOnlyList<IActivity>> TurnAsync(TestAdapter channel, Activity activity) => _host.TurnAsync(channel, activity);

    public async Task<string> TextOfTurnAsync(TestAdapter channel, string text) => Visible(await TurnAsync(channel, text));

    public async Task<string> TextOfTurnAsync(TestAdapter channel, Activity activity) => Visible(await TurnAsync(channel, activity));

    public Task<IReadOnlyList<SupportRequest>> AllRequestsAsync() => Store.ListAsync(new RequestFilter(), CancellationToken.None);

    public static string Visible(IEnumerable<IActivity> replies) => string.Join("\n---\n", replies.Select(ActivityAssert.VisibleText));

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
