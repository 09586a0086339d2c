namespace NrwBot.Host.Data;

/// <summary>
/// Completes when <see cref="DatabaseStartup"/> has brought the schema up to date: services that read the database
/// in the background (the knowledge base's revision poll) wait for it instead of querying tables that may not exist yet.
/// </summary>
public sealed class DatabaseReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready => _ready.Task;

    public void MarkReady() => _ready.TrySetResult();
}
