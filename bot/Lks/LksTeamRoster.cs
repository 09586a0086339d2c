using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using NrwBot.Host.Hosting;
using NrwBot.Host.Proactive;

namespace NrwBot.Host.Lks;

/// <summary>
/// The members of the LKS team, from the Teams roster (GET /v3/conversations/{teamId}/pagedmembers) through the
/// stored conversation of the LKS channel (or of its team, <see cref="ChannelReferences"/>). Cached for <see cref="LksOptions.RosterCacheDuration"/>; when Teams
/// cannot be asked, the last list (or none) is used and only the configured members count.
/// </summary>
public sealed class LksTeamRoster(
    IBotFrameworkHttpAdapter adapter,
    ChannelReferences references,
    IOptionsMonitor<LksOptions> options,
    IOptions<BotCredentialsOptions> credentials,
    TimeProvider clock,
    ILogger<LksTeamRoster> logger)
{
    private const int PageSize = 500;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private IReadOnlyList<TeamMember> _members = [];
    private DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;

    public async Task<IReadOnlyList<TeamMember>> MembersAsync(CancellationToken cancellationToken)
    {
        var lks = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(lks.TeamId) || lks.ChannelKey is null) return [];
        if (IsFresh(lks)) return _members;
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (IsFresh(lks)) return _members;
            _members = await FetchAsync(lks.TeamId, lks.ChannelKey, cancellationToken) ?? _members;
            // Also after a failure, so a Teams outage costs one call per cache period, not one per turn.
            _fetchedAt = clock.GetUtcNow();
            return _members;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private bool IsFresh(LksOptions lks) => clock.GetUtcNow() - _fetchedAt < lks.RosterCacheDuration;

    private async Task<IReadOnlyList<TeamMember>?> FetchAsync(string teamId, string channelKey, CancellationToken cancellationToken)
    {
        var reference = await references.FindAsync(channelKey, cancellationToken);
        if (reference is null)
        {
            logger.LogWarning("LKS team roster: the bot has no stored conversation {Key}; is it installed in the LKS team?", channelKey);
            return null;
        }
        var members = new List<TeamMember>();
        Exception? failure = null;
        await ((BotAdapter)adapter).ContinueConversationAsync(credentials.Value.MicrosoftAppId ?? "", reference, async (turn, token) =>
        {
            // Caught here, as in ProactiveMessenger: the adapter would hand the exception to the turn error handler.
            try
            {
                string? continuation = null;
                do
                {
                    var page = await TeamsInfo.GetPagedTeamMembersAsync(turn, teamId, continuation, PageSize, token);
                    members.AddRange(page.Members.Select(member => new TeamMember(member.Id, member.Name ?? "", member.AadObjectId)));
                    continuation = page.ContinuationToken;
                }
                while (!string.IsNullOrEmpty(continuation));
            }
            catch (Exception error) when (error is ErrorResponseException or HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                failure = error;
            }
        }, cancellationToken);
        if (failure is null) return members;
        logger.LogWarning(failure, "LKS team roster could not be read for team {TeamId}", teamId);
        return null;
    }
}
