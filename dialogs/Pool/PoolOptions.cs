namespace NrwBot.Dialogs.Pool;

/// <summary>Settings of the Kompetenzpool (section <c>Pool</c>).</summary>
public sealed class PoolOptions
{
    /// <summary>A profile not confirmed for this long is hidden, and its owner asked once to confirm it.</summary>
    public int ConfirmAfterMonths { get; set; } = 12;

    /// <summary>How many people a search shows at most.</summary>
    public int MaxResults { get; set; } = 8;

    public bool RenewalEnabled { get; set; } = true;
    public int CheckIntervalMinutes { get; set; } = 60;
}
