using Microsoft.Bot.Builder;

namespace NrwBot.Tests.Infrastructure;

/// <summary>
/// Gives every activity of a TestAdapter an id no other adapter uses, as a real channel does. A TestAdapter numbers
/// its activities from 0 and overwrites any id a test sets, so two adapters of one conversation (two users in a
/// channel, two hosts) would repeat ids, which the bot rightly answers as redeliveries. A test that means a
/// redelivery names the id with <see cref="Deliver"/>.
/// </summary>
public sealed class UniqueActivityIds : IMiddleware
{
    private static readonly AsyncLocal<string?> Chosen = new();
    private const string Assigned = "test-";
    private readonly string _prefix = Assigned + Guid.NewGuid().ToString("N")[..8] + "-";

    /// <summary>
    /// The activity id of the next turn in this async flow; null or an id given here before (the TestAdapter writes
    /// it into the activity object, which a test may send again as a new click): a fresh one.
    /// </summary>
    public static void Deliver(string? activityId) => Chosen.Value = activityId is { } id && !id.StartsWith(Assigned, StringComparison.Ordinal) ? id : null;

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        turnContext.Activity.Id = Chosen.Value ?? _prefix + turnContext.Activity.Id;
        return next(cancellationToken);
    }
}
