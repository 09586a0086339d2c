using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Digest;
using NrwBot.Tests.Infrastructure;

namespace NrwBot.Tests.Digest;

/// <summary>The scheduler as the running bot hosts it: its own loop on the fake clock, and its state in /healthz.</summary>
public sealed class DigestHostedTests
{
    [Fact]
    public async Task The_background_scheduler_sends_once_when_the_clock_reaches_Monday_8_oclock()
    {
        var clock = new FakeTimeProvider(DigestFixture.At(2026, 11, 22, 23, 0));
        var channel = new RecordingProactiveSender();
        await using var bot = await RunningBot.StartAsync(builder =>
        {
            builder.Configuration["Digest:ChannelConversationKey"] = DigestTestHost.ChannelKey;
        }, replaceServices: services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<IProactiveSender>(channel);
            services.AddSingleton<IDigestRequestFacts, FixtureRequestFacts>();
        });

        // Minute by minute through the night, giving the scheduler's loop a moment after each step.
        for (var minute = 0; minute < 10 * 60 && channel.Sent.IsEmpty; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(5);
        }
        for (var minute = 0; minute < 30; minute++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(5);
        }

        var sent = Assert.Single(channel.Sent);
        Assert.Equal("NrwBot-Digest KW 47: 16.11.–22.11.2026", sent.Reply.Title);
        Assert.True(clock.GetUtcNow() >= DigestFixture.Monday);
    }

    [Fact]
    public async Task A_delivery_that_fails_shows_in_healthz_with_its_error_and_next_attempt()
    {
        var clock = new FakeTimeProvider(DigestFixture.Monday);
        await using var bot = await RunningBot.StartAsync(builder =>
        {
            // No conversation with this key was ever stored: the proactive message cannot be delivered.
            builder.Configuration["Digest:ChannelConversationKey"] = "conversation:19:unknown@thread.tacv2";
        }, replaceServices: services => services.AddSingleton<TimeProvider>(clock));

        JsonElement digest = default;
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var health = JsonDocument.Parse(await bot.Http.GetStringAsync("/healthz"));
            digest = health.RootElement.GetProperty("digest").Clone();
            if (digest.GetProperty("status").GetString() != "ok") break;
            await Task.Delay(50);
        }

        Assert.Equal("retrying", digest.GetProperty("status").GetString());
        var failure = digest.GetProperty("failures")[0];
        Assert.Equal("2026-11-16..2026-11-22", failure.GetProperty("period").GetString());
        Assert.Equal(1, failure.GetProperty("attempts").GetInt32());
        Assert.Contains("unbekannt", failure.GetProperty("error").GetString());
        Assert.Equal(DigestFixture.Monday.AddMinutes(1), failure.GetProperty("nextAttemptAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Without_a_channel_or_e_mail_the_schedule_is_off_and_healthz_says_so()
    {
        await using var bot = await RunningBot.StartAsync();

        using var health = JsonDocument.Parse(await bot.Http.GetStringAsync("/healthz"));

        Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
        Assert.Equal("off", health.RootElement.GetProperty("digest").GetProperty("status").GetString());
    }
}
