using NrwBot.Host.Digest;
using NrwBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NrwBot.Tests.Digest;

/// <summary>
/// Two bot instances on one database racing for the same periods: each period is claimed and delivered once.
/// On SQLite and PostgreSQL (skipped, with the reason, when NRWBOT_TEST_POSTGRES names no server).
/// </summary>
public sealed class DigestExactlyOnceTests(ITestOutputHelper output)
{
    public static TheoryData<string> Providers => new() { "sqlite", "postgresql" };

    private const int Weeks = 8;

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task Two_schedulers_on_one_database_send_each_period_exactly_once(string provider)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null, $"{TestDatabase.PostgresVariable} is not set");
        using var database = TestDatabase.Create(provider);
        var first = DigestFixture.At(2026, 11, 23, 7, 0);
        await using var a = await DigestTestHost.StartAsync(database.KeepAlive(), first);
        await using var b = await DigestTestHost.StartAsync(database.KeepAlive(), first);
        await Task.WhenAll(a.RunAtAsync(first), b.RunAtAsync(first));

        for (var week = 0; week < Weeks; week++)
        {
            // Both instances wake at the due time to the millisecond, as two copies of one schedule do.
            var due = DigestFixture.At(2026, 11, 23, 8, 0).AddDays(7 * week);
            a.Clock.SetUtcNow(due);
            b.Clock.SetUtcNow(due);
            await Task.WhenAll(Task.Run(() => a.Dispatcher.RunDueAsync(CancellationToken.None)), Task.Run(() => b.Dispatcher.RunDueAsync(CancellationToken.None)));
        }

        var titles = a.SentTitles.Concat(b.SentTitles).ToList();
        output.WriteLine($"{provider}: instance A sent {a.Channel.Sent.Count}, B sent {b.Channel.Sent.Count}");
        Assert.Equal(Weeks, titles.Count);
        Assert.Equal(Weeks, titles.Distinct().Count());
        var deliveries = await a.DeliveriesAsync();
        Assert.Equal(Weeks, deliveries.Count);
        Assert.All(deliveries, record => Assert.Equal((DigestDeliveryRecord.Sent, 1), (record.State, record.Attempts)));
    }

    [SkippableTheory, MemberData(nameof(Providers))]
    public async Task Of_many_instances_claiming_and_leasing_one_period_at_once_exactly_one_succeeds_each_time(string provider)
    {
        Skip.If(provider == "postgresql" && TestDatabase.PostgresServer is null, $"{TestDatabase.PostgresVariable} is not set");
        using var database = TestDatabase.Create(provider);
        var due = DigestFixture.At(2026, 11, 23, 8, 0);
        await using var host = await DigestTestHost.StartAsync(database, due);
        var period = DigestFixture.Week47;

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(instance => Task.Run(() =>
            host.Claims.ClaimAsync(period, due, late: false, due, $"instance-{instance}", CancellationToken.None))));
        var leases = await Task.WhenAll(Enumerable.Range(0, 8).Select(instance => Task.Run(() =>
            host.Claims.TryLeaseAsync(period.Key, due, TimeSpan.FromMinutes(10), $"instance-{instance}", CancellationToken.None))));

        Assert.Equal(1, claims.Count(claimed => claimed));
        Assert.Equal(1, leases.Count(leased => leased));
    }
}
