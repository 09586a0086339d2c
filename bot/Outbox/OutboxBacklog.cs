namespace NrwBot.Host.Outbox;

/// <summary>The shared queue at one moment: messages waiting, messages given up, and how long the oldest waits.</summary>
public sealed record OutboxBacklog(int Queued, int GivenUp, TimeSpan OldestQueued);
