namespace NrwBot.Host.Digest;

/// <summary>Section "Digest:Smtp". Without a host no e-mail is sent. Keep the password in user secrets or Digest__Smtp__Password.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string? From { get; set; }

    /// <summary>Auto (STARTTLS when the server offers it; TLS from the start on port 465), None, StartTls or SslOnConnect.</summary>
    public string Security { get; set; } = "Auto";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
