using MimeKit;
using NrwBot.Host.Digest;
using NrwBot.Tests.Infrastructure;
using NrwBot.Dialogs.Digest;

namespace NrwBot.Tests.Digest;

/// <summary>The scheduled digest by e-mail, delivered by MailKit to an SMTP server on loopback.</summary>
public sealed class DigestMailTests
{
    private static Dictionary<string, string?> Mail(LoopbackSmtpServer smtp, bool channel = false) => new()
    {
        ["Digest:ChannelConversationKey"] = channel ? DigestTestHost.ChannelKey : "",
        ["Digest:Recipients:0"] = "lks@example.org; leitung@example.org",
        ["Digest:Smtp:Host"] = "127.0.0.1",
        ["Digest:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Digest:Smtp:From"] = "nrwbot@example.org",
        ["Digest:Smtp:Security"] = "None",
    };

    [Fact]
    public async Task The_digest_arrives_as_html_with_the_chart_inline_and_as_plain_text()
    {
        await using var smtp = new LoopbackSmtpServer();
        using var database = TestDatabase.Sqlite();
        await using var host = await DigestTestHost.StartAsync(database, DigestFixture.Monday, Mail(smtp));

        await host.RunAtAsync(DigestFixture.Monday);

        var (recipients, message) = Assert.Single(smtp.Received);
        Assert.Equal(["lks@example.org", "leitung@example.org"], recipients);
        Assert.Equal("NrwBot-Digest KW 47: 16.11.–22.11.2026", message.Subject);
        Assert.Equal("nrwbot@example.org", message.From.Mailboxes.Single().Address);
        var html = message.HtmlBody;
        Assert.Contains("<h1 style=\"font-size:20px\">NrwBot-Digest KW 47: 16.11.–22.11.2026</h1>", html);
        Assert.Contains("Neue Anfragen: 5 ↑ (Vorperiode: 3)", html);
        Assert.Contains("<td style=\"border:1px solid #d0d0d0;padding:4px 8px;text-align:left;vertical-align:top\">Fortbildung &amp; Coaching</td>", html);
        Assert.Contains($"<img src=\"cid:{DigestMail.ChartContentId}\"", html);
        Assert.DoesNotContain(DigestFixture.Email, html);
        var chart = Assert.Single(message.BodyParts.OfType<MimePart>(), part => part.ContentId == DigestMail.ChartContentId);
        Assert.Equal("image/png", chart.ContentType.MimeType);
        Assert.Contains("## Neue Anfragen: 5 ↑ (Vorperiode: 3)", message.TextBody);
        Assert.Equal(DigestDeliveryRecord.Sent, Assert.Single(await host.DeliveriesAsync()).State);
    }

    [Fact]
    public async Task When_only_the_mail_fails_the_retry_sends_the_mail_and_not_the_card_again()
    {
        await using var smtp = new LoopbackSmtpServer { RefuseNext = 1 };
        using var database = TestDatabase.Sqlite();
        await using var host = await DigestTestHost.StartAsync(database, DigestFixture.Monday, Mail(smtp, channel: true));

        await host.RunAtAsync(DigestFixture.Monday);
        var failed = Assert.Single(await host.DeliveriesAsync());
        Assert.Equal((true, false, DigestDeliveryRecord.Pending), (failed.ChannelSent, failed.MailSent, failed.State));
        Assert.Contains("E-Mail", failed.LastError);
        await host.RunAtAsync(DigestFixture.Monday.AddMinutes(1));

        Assert.Single(host.Channel.Sent);
        Assert.Single(smtp.Received);
        Assert.Equal(DigestDeliveryRecord.Sent, Assert.Single(await host.DeliveriesAsync()).State);
    }

    [Fact]
    public async Task A_late_digest_says_so_in_the_subject()
    {
        await using var smtp = new LoopbackSmtpServer();
        using var database = TestDatabase.Sqlite();
        await using (var before = await DigestTestHost.StartAsync(database.KeepAlive(), DigestFixture.Monday.AddHours(-1), Mail(smtp)))
            await before.RunAtAsync(DigestFixture.Monday.AddHours(-1));
        await using var host = await DigestTestHost.StartAsync(database.KeepAlive(), DigestFixture.Monday.AddHours(5), Mail(smtp));

        await host.RunAtAsync(DigestFixture.Monday.AddHours(5));

        Assert.Equal(DigestTexts.Title.Format(DigestTexts.WeekLabel.Format(47, "16.11.", "22.11.2026")) + DigestTexts.LateSubjectSuffix.German, Assert.Single(smtp.Received).Message.Subject);
    }
}
