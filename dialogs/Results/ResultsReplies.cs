using System.Globalization;
using NrwBot.Dialogs.Conversation;

namespace NrwBot.Dialogs.Results;

/// <summary>What „Ergebnisse erfassen“ shows: the expected structure, the preview with its „Speichern“, or the problems with their lines.</summary>
public static class ResultsReplies
{
    public static Reply Instructions(bool channelHasCards) => new()
    {
        Title = ResultsTexts.CaptureTitle.German,
        Text = ResultsTexts.CaptureStructure.German + "\n\n" + (channelHasCards ? ResultsTexts.CaptureFormHint : ResultsTexts.CapturePasteHint).German,
        Form = channelHasCards
            ? new ReplyForm(PreviewResults.Verb, ResultsTexts.PreviewButton.German,
                [new FormInput(PreviewResults.ProtocolKey, ResultsTexts.ProtocolLabel.German, FormInputKind.MultilineText) { Required = true }])
            : null,
    };

    public static Reply Preview(MeetingResults results, IReadOnlyList<SupportNeedCount> needs, StoreResults save)
    {
        var items = results.AllItems.ToList();
        var facts = new List<ReplyFact>
        {
            new(ResultsTexts.MeetingLabel.German, SafeText.Escape(results.Title)),
            new(ResultsTexts.DateLabel.German, results.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)),
            new(ResultsTexts.PlaceLabel.German, SafeText.Escape(results.Place ?? ResultsTexts.UnknownPlace.German)),
        };
        facts.AddRange(results.Groups.Select(group => new ReplyFact(SafeText.Escape(group.Name),
            ResultsTexts.GroupFact.Format(group.Sections.Count, group.Sections.Sum(section => section.Items.Count)))));
        facts.Add(new ReplyFact(ResultsTexts.OfficesLabel.German, ResultsTexts.OfficesFact.Format(items.Count(item => item.Place is not null),
            items.Where(item => item.Place is not null).Select(item => item.Place).Distinct().Count())));
        var lines = new List<string> { ResultsTexts.PreviewIntro.Format(results.Groups.Count, results.Groups.Sum(group => group.Sections.Count), items.Count) };
        if (needs.Count > 0)
        {
            lines.Add(ResultsTexts.SupportNeeds.Format(needs.Sum(need => need.Count)));
            lines.Add(string.Join("\n", needs.Select(need => ResultsTexts.SupportNeedLine.Format(need.CategoryTitle, need.Count))));
        }
        return new Reply
        {
            Title = ResultsTexts.PreviewTitle.German,
            Text = string.Join("\n\n", lines),
            Facts = facts,
            Actions = [CardActions.Button(ResultsTexts.StoreButton.German, save)],
            Note = ResultsTexts.NotYetStored.German,
        };
    }

    public static Reply Problems(IReadOnlyList<ResultsProblem> problems)
    {
        var lines = problems.Take(ResultsCapture.ProblemLimit).Select(problem => "- " + SafeText.Escape(problem.ToString())).ToList();
        if (problems.Count > ResultsCapture.ProblemLimit) lines.Add("- " + ResultsTexts.MoreProblems.Format(problems.Count - ResultsCapture.ProblemLimit));
        return new Reply
        {
            Title = ResultsTexts.ProblemsTitle.German,
            Text = ResultsTexts.ProblemsIntro.Format(problems.Count) + "\n" + string.Join("\n", lines) + "\n\n" + ResultsTexts.NothingImportedChat.German,
        };
    }

    public static Reply Hits(ResultsQuery query, IReadOnlyList<StoredResultItem> hits)
    {
        var about = SafeText.Escape(query.Words) + (query.Year is { } year ? " " + ResultsTexts.InYear.Format(year) : "");
        if (hits.Count == 0) return Reply.Plain(ResultsTexts.NoHits.Format(about));
        var lines = hits.Select(hit => "- " + ResultsTexts.HitLine.Format(
            SafeText.Escape(hit.MeetingTitle), hit.MeetingDate.ToDateTime(TimeOnly.MinValue), SafeText.Escape(hit.GroupName), hit.SectionNumber,
            SafeText.Escape(hit.SectionTitle), SafeText.Escape(hit.Text)
                + (hit.Count is { } count ? " " + ResultsTexts.HitCount.Format(count) : "")
                + (hit.Place is { } place ? " " + ResultsTexts.HitPlace.Format(SafeText.Escape(place)) : "")));
        return new Reply { Title = ResultsTexts.HitsTitle.Format(about), Text = string.Join("\n", lines), Note = ResultsTexts.HitsNote.German };
    }
}
