namespace NrwBot.Dialogs.Calendar;

/// <summary>Links of calendar entries: https only, as Teams and Outlook open them without a warning.</summary>
public static class CalendarLinks
{
    public static bool IsWebAddress(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
