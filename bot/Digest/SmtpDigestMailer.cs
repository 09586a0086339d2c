using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace NrwBot.Host.Digest;

/// <summary>The digest e-mail over SMTP with MailKit: multipart/alternative (plain text, HTML with the chart inline).</summary>
public sealed class SmtpDigestMailer(IOptionsMonitor<DigestOptions> options) : IDigestMailer
{
    public async Task SendAsync(DigestMail mail, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var smtp = settings.Smtp;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.Port, Security(smtp), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User)) await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
        await client.SendAsync(Message(mail, smtp.From!, settings.RecipientAddresses), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    public static MimeMessage Message(DigestMail mail, string from, IEnumerable<string> recipients)
    {
        var message = new MimeMessage { Subject = mail.Subject };
        message.From.Add(MailboxAddress.Parse(from));
        foreach (var recipient in recipients) message.To.Add(MailboxAddress.Parse(recipient));
        var body = new BodyBuilder { TextBody = mail.Text };
        if (mail.ChartPng is { } png)
        {
            var chart = body.LinkedResources.Add("digest-chart.png", png, new ContentType("image", "png"));
            chart.ContentId = DigestMail.ChartContentId;
        }
        body.HtmlBody = mail.Html;
        message.Body = body.ToMessageBody();
        return message;
    }

    private static SecureSocketOptions Security(SmtpOptions smtp) => smtp.Security.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "sslonconnect" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
