using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Digest;

namespace NrwBot.Host.Digest;

/// <summary>
/// Delivers one digest to one target: the LKS channel (an Adaptive Card through the proactive messages) or the
/// recipients' mailboxes. Returns null when delivered, else what went wrong, for the log, the table and /healthz.
/// </summary>
public sealed class DigestDelivery(IProactiveSender sender, IDigestMailer mailer, IOptionsMonitor<DigestOptions> options)
{
    public async Task<string?> SendToChannelAsync(DigestReport report, CancellationToken cancellationToken)
    {
        var key = options.CurrentValue.ChannelKey;
        var card = DigestReplies.Digest(report, DigestChart.Png(report.NewByCategory), channelHasCards: true);
        var result = await sender.SendToConversationAsync(key, [card], cancellationToken);
        return result.Status switch
        {
            ProactiveStatus.Sent or ProactiveStatus.Queued => null,
            ProactiveStatus.UnknownTarget => $"Kanal {key}: unbekannt – NrwBot muss dem Kanal hinzugefügt worden sein und dort eine Nachricht gesehen haben",
            _ => $"Kanal {key}: {result.Status} {result.Detail}".TrimEnd(),
        };
    }

    public async Task<string?> SendMailAsync(DigestReport report, CancellationToken cancellationToken)
    {
        try
        {
            await mailer.SendAsync(DigestMail.For(report), cancellationToken);
            return null;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"E-Mail: {error.GetType().Name}: {error.Message}";
        }
    }
}
