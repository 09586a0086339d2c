using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Materials;

/// <summary>Whether an address answers (the host does HEAD, then GET, with short time-outs).</summary>
public interface ILinkProbe
{
    Task<bool> IsReachableAsync(string url, CancellationToken cancellationToken);
}

/// <summary>The settings of the periodic link check („Materials:…“).</summary>
public sealed class MaterialsOptions
{
    public bool LinkCheckEnabled { get; set; } = true;

    /// <summary>At most this many links are checked per round (a round a minute).</summary>
    public int LinkChecksPerMinute { get; set; } = 20;

    /// <summary>A link is checked again after this long.</summary>
    public TimeSpan LinkRecheckAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Time-out of one request (HEAD or GET).</summary>
    public TimeSpan LinkTimeout { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// One round of the link check: the links longest unchecked, at most <see cref="MaterialsOptions.LinkChecksPerMinute"/>;
/// a failing link is flagged to its owner once per failing spell (claimed in the store, sent through the outbox),
/// and again only after it worked in between or was edited.
/// </summary>
public sealed class MaterialLinkCheck(IMaterialStore store, ILinkProbe probe, IProactiveSender sender, MaterialsOptions options, MaterialCards cards, TimeProvider clock)
{
    /// <summary>Returns how many owners were told about a failing link.</summary>
    public async Task<int> CheckDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await store.DueForLinkCheckAsync(now - options.LinkRecheckAfter, Math.Max(1, options.LinkChecksPerMinute), cancellationToken);
        var flagged = 0;
        foreach (var material in due)
        {
            var ok = await probe.IsReachableAsync(material.Link, cancellationToken);
            if (!await store.RecordLinkCheckAsync(material.Id, ok, clock.GetUtcNow(), cancellationToken)) continue;
            var flag = cards.Card(material, mayChange: true, MaterialsTexts.LinkFailing.Format(material.Number, SafeText.Escape(material.Title)));
            await sender.SendToUserAsync(material.OwnerKey, [flag with { Title = MaterialsTexts.LinkFailingTitle.German }], cancellationToken);
            flagged++;
        }
        return flagged;
    }
}
