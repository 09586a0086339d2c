namespace NrwBot.Host.Hosting;

/// <summary>
/// Outside Development the bot must not run anonymously: anyone could post activities to it. Names the
/// first missing setting, so the one log line at start-up says exactly what to set.
/// </summary>
public static class CredentialCheck
{
    public static string? MissingSetting(BotCredentialsOptions credentials, bool isDevelopment)
    {
        if (credentials.IsAnonymous) return isDevelopment ? null : nameof(BotCredentialsOptions.MicrosoftAppId);
        var type = string.IsNullOrWhiteSpace(credentials.MicrosoftAppType) ? "MultiTenant" : credentials.MicrosoftAppType;
        if (!type.Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(credentials.MicrosoftAppPassword))
            return nameof(BotCredentialsOptions.MicrosoftAppPassword);
        if (!type.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(credentials.MicrosoftAppTenantId))
            return nameof(BotCredentialsOptions.MicrosoftAppTenantId);
        return null;
    }
}
