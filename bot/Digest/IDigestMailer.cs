namespace NrwBot.Host.Digest;

/// <summary>Sends a digest e-mail to the configured recipients; throws when the mail server does not take it.</summary>
public interface IDigestMailer
{
    Task SendAsync(DigestMail mail, CancellationToken cancellationToken);
}
