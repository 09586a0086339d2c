using Microsoft.Extensions.Options;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Digest;
using NrwBot.Dialogs.Telemetry;

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
        CountDelivery("channel", result.Status == ProactiveStatus.Sent);
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
            CountDelivery("mail", delivered: true);
            return null;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            CountDelivery("mail", delivered: false);
            return $"E-Mail: {error.GetType().Name}: {error.Message}";
        }
    }

    private static void CountDelivery(string target, bool delivered) => NrwTelemetry.DigestDeliveries.Add(1,
        new KeyValuePair<string, object?>(NrwTelemetry.Tags.Target, target), new KeyValuePair<string, object?>(NrwTelemetry.Tags.Outcome, delivered ? "sent" : "failed"));
}
