using NrwBot.Dialogs.Requests.Categories;

namespace NrwBot.Dialogs.Results;

/// <summary>
/// Puts every bullet of the support-need questions into a request category with the request classifier, so the
/// needs a meeting named and the requests offices file are counted in the same categories.
/// </summary>
public sealed class SupportNeedClassifier(CategoryClassifier classifier)
{
    public IReadOnlyList<(ResultItem Item, RequestCategory Category)> Classify(MeetingResults results) =>
        results.Groups.SelectMany(group => group.Sections).Where(section => section.IsSupportNeed)
            .SelectMany(section => section.Items)
            .Select(item => (item, classifier.Propose(item.Text).Category))
            .ToList();

    public IReadOnlyList<SupportNeedCount> Count(MeetingResults results) =>
        Classify(results).GroupBy(pair => pair.Category)
            .Select(group => new SupportNeedCount(group.Key.Id, group.Key.Title, group.Count()))
            .OrderByDescending(count => count.Count).ThenBy(count => count.CategoryId, StringComparer.Ordinal)
            .ToList();
}
