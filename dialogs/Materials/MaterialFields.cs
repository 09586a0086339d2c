using System.Globalization;
using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Materials;

/// <summary>
/// The questions of „Material teilen“: title, kind, topics, tags, Kreis/Stadt (proposed from the profile, checked
/// with the gazetteer), year, link, description, visibility. Every answer is checked the same way whether it was
/// typed or sent by a card.
/// </summary>
public sealed class MaterialFields(MaterialTopics topics, IRegionDirectory regions)
{
    public const int MinTitle = 3;
    public const int MaxTitle = 200;
    public const int MinDescription = 10;
    public const int MaxDescription = 1000;
    public const int MaxTags = 10;
    public const int MaxTagLength = 40;
    public const int FirstYear = 1990;

    private static readonly StringComparer GermanOrder = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), true);

    public IReadOnlyList<FormField> For(FeatureTurn turn)
    {
        var cards = turn.Input.ChannelHasCards;
        var thisYear = turn.Now.Year;
        return [Title(), Kind(cards), Topics(cards), Tags(), Region(turn, cards), Year(thisYear), Link(), Description(), Visibility(cards)];
    }

    private static FormField Title() =>
        new(MaterialDraft.TitleField, MaterialsTexts.TitleLabel.German, MaterialsTexts.TitlePrompt.German, FormInputKind.Text, answer =>
            answer.Length < MinTitle ? FieldCheck.Invalid(MaterialsTexts.TitleTooShort.Format(MinTitle))
            : answer.Length > MaxTitle ? FieldCheck.Invalid(MaterialsTexts.TitleTooLong.Format(MaxTitle))
            : FieldCheck.Valid(answer));

    private static FormField Kind(bool cards)
    {
        var choices = MaterialKinds.All.Select(kind => new FormChoice(MaterialKinds.Title(kind).German, kind.ToString())).ToList();
        return new FormField(MaterialDraft.KindField, MaterialsTexts.KindLabel.German, MaterialsTexts.KindPrompt.German, FormInputKind.Choice, answer =>
            MaterialKinds.Parse(answer) is { } kind ? FieldCheck.Valid(kind.ToString()) : FieldCheck.Invalid(FlowTexts.NotAChoice.German))
        { Choices = choices };
    }

    private FormField Topics(bool cards)
    {
        var names = string.Join(", ", topics.All.Where(topic => topic.Area == TopicArea.Handlungsfeld).Select(topic => topic.Name));
        return new FormField(MaterialDraft.TopicsField, MaterialsTexts.TopicsLabel.German, MaterialsTexts.TopicsPrompt.Format(names), FormInputKind.Text, answer =>
        {
            var parts = MaterialDraft.SplitForm(answer);
            var unknown = parts.Where(part => topics.Find(part) is null).ToList();
            if (unknown.Count > 0) return FieldCheck.Invalid(MaterialsTexts.TopicUnknown.Format(SafeText.Escape(string.Join(", ", unknown)), names));
            return FieldCheck.Valid(topics.NamesOf(topics.IdsOf(answer)));
        })
        { Required = false, Placeholder = MaterialsTexts.TopicsPlaceholder.German };
    }

    private static FormField Tags() =>
        new(MaterialDraft.TagsField, MaterialsTexts.TagsLabel.German, MaterialsTexts.TagsPrompt.German, FormInputKind.Text, answer =>
        {
            var tags = MaterialDraft.SplitForm(answer).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (tags.Count > MaxTags) return FieldCheck.Invalid(MaterialsTexts.TooManyTags.Format(MaxTags));
            if (tags.Any(tag => tag.Length > MaxTagLength || tag.Contains(MaterialDraft.ListSeparator))) return FieldCheck.Invalid(MaterialsTexts.TagTooLong.Format(MaxTagLength));
            return FieldCheck.Valid(string.Join(MaterialDraft.FormSeparator + " ", tags));
        })
        { Required = false, Placeholder = MaterialsTexts.TagsPlaceholder.German };

    private FormField Region(FeatureTurn turn, bool cards)
    {
        var profile = turn.User.Profile?.Region;
        var choices = regions.Regions.OrderBy(region => region.Name, GermanOrder).Select(region => new FormChoice(region.Name, region.Name)).ToList();
        var prompt = profile is null || cards ? MaterialsTexts.RegionPrompt.German : MaterialsTexts.RegionPrompt.German + "\n\n" + MaterialsTexts.RegionFromProfile.Format(profile);
        return new FormField(MaterialDraft.RegionField, MaterialsTexts.RegionLabel.German, prompt, FormInputKind.Choice, answer =>
        {
            if (profile is not null && NrwBot.Dialogs.Requests.Intake.IntakePatterns.IsKeep(answer)) return FieldCheck.Valid(profile);
            var matches = regions.Find(answer);
            return matches.Count switch
            {
                1 => FieldCheck.Valid(matches[0].Name),
                0 => FieldCheck.Invalid(MaterialsTexts.RegionUnknown.Format(SafeText.Escape(answer))),
                _ => FieldCheck.Invalid(MaterialsTexts.RegionAmbiguous.Format(SafeText.Escape(answer), string.Join(", ", matches.Select(match => match.Name)))),
            };
        })
        { Choices = choices, NumberChoicesInText = false };
    }

    private static FormField Year(int thisYear) =>
        new(MaterialDraft.YearField, MaterialsTexts.YearLabel.German, MaterialsTexts.YearPrompt.German, FormInputKind.Text, answer =>
            int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= FirstYear && year <= thisYear + 1
                ? FieldCheck.Valid(year.ToString(CultureInfo.InvariantCulture))
                : FieldCheck.Invalid(MaterialsTexts.YearInvalid.Format(FirstYear, thisYear + 1)))
        { Placeholder = thisYear.ToString(CultureInfo.InvariantCulture) };

    private static FormField Link() =>
        new(MaterialDraft.LinkField, MaterialsTexts.LinkLabel.German, MaterialsTexts.LinkPrompt.German, FormInputKind.Text, answer =>
            MaterialLinks.Check(answer) is { Link: { } link } ? FieldCheck.Valid(link) : FieldCheck.Invalid(MaterialLinks.Check(answer).Problem!.Format(MaterialLinks.MaxLength)))
        { Placeholder = MaterialsTexts.LinkPlaceholder.German };

    private static FormField Description() =>
        new(MaterialDraft.DescriptionField, MaterialsTexts.DescriptionLabel.German, MaterialsTexts.DescriptionPrompt.German, FormInputKind.MultilineText, answer =>
            answer.Length < MinDescription ? FieldCheck.Invalid(MaterialsTexts.DescriptionTooShort.Format(MinDescription))
            : answer.Length > MaxDescription ? FieldCheck.Invalid(MaterialsTexts.DescriptionTooLong.Format(MaxDescription))
            : FieldCheck.Valid(answer));

    private static FormField Visibility(bool cards) =>
        new(MaterialDraft.VisibilityField, MaterialsTexts.VisibilityLabel.German, MaterialsTexts.VisibilityPrompt.German, FormInputKind.Choice, answer =>
            answer is MaterialDraft.NetworkValue or MaterialDraft.LksOnlyValue ? FieldCheck.Valid(answer) : FieldCheck.Invalid(FlowTexts.NotAChoice.German))
        { Choices = [new(MaterialsTexts.VisibilityNetwork.German, MaterialDraft.NetworkValue), new(MaterialsTexts.VisibilityLks.German, MaterialDraft.LksOnlyValue)] };
}
