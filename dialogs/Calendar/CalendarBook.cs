using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Profile;

namespace NrwBot.Dialogs.Calendar;

/// <summary>The whole calendar: the entries of the files and those the LKS added in the chat, in date order.</summary>
public sealed class CalendarBook(CalendarContent content, ICalendarStore store, IRegionDirectory regions)
{
    public async Task<IReadOnlyList<CalendarEntry>> AllAsync(CancellationToken cancellationToken)
    {
        var added = await store.ChatEntriesAsync(cancellationToken);
        return content.Entries.Concat(added).OrderBy(entry => entry.Start).ThenBy(entry => entry.Title, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<CalendarEntry>> ForAsync(UserProfile? profile, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).Where(entry => entry.Audience.Concerns(profile, regions)).ToList();

    public bool Concerns(CalendarEntry entry, UserProfile? profile) => entry.Audience.Concerns(profile, regions);

    /// <summary>The next entry ahead that links to the article (for a knowledge answer that mentions a deadline).</summary>
    public async Task<CalendarEntry?> NextForArticleAsync(string articleId, UserProfile? profile, DateOnly today, CancellationToken cancellationToken) =>
        (await ForAsync(profile, cancellationToken)).FirstOrDefault(entry => entry.ArticleId == articleId && entry.IsAhead(today));

    public bool IsFileEntry(string id) => content.Entries.Any(entry => entry.Id == id);
}
