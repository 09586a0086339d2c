namespace NrwBot.Host.Outbox;

/// <summary>How far a batch got: of <see cref="Total"/>, this many reached their conversation and this many were given up.</summary>
public sealed record OutboxProgress(int Total, int Sent, int GivenUp)
{
    public int Waiting => Total - Sent - GivenUp;

    /// <summary>The line for the sender's card.</summary>
    public string Line => GivenUp == 0
        ? OutboxTexts.Progress.Format(Sent, Total)
        : OutboxTexts.ProgressWithGivenUp.Format(Sent, Total, GivenUp);
}
