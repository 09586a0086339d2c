namespace NrwBot.Host.Hosting;

/// <summary>
/// The Azure Bot registration, read from the configuration root under the keys the Bot Framework uses
/// (MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId). Secrets come from
/// user secrets or environment variables, never from files in the repository.
/// </summary>
public sealed class BotCredentialsOptions
{
    /// <summary>The configuration root: the Bot Framework reads the same keys from there.</summary>
    public const string Section = "";

    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
