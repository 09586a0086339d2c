using System.Globalization;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Places;
using NrwBot.Dialogs.Requests.Categories;

namespace NrwBot.Dialogs.Requests.Intake;

/// <summary>
/// The questions of the intake. On card channels the category comes first (pre-selected from the user's words);
/// on text channels the description comes first, so the category can be proposed from it. There every choice
/// is listed with numbers in the prompt, and "ok" keeps the current entry or takes the proposal.
/// </summary>
public sealed class IntakeFields(CategoryCatalog categories, CategoryClassifier classifier, IRegionDirectory regions, PlaceFinder places)
{
    public const int MinimumDescription = 10;
    public const int MaximumDescription = 2000;

    private static readonly StringComparer GermanOrder = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), true);

    public IReadOnlyList<FormField> For(FeatureTurn turn, bool english)
    {
        var current = turn.Conversation.ActiveFlow is { Name: IntakeFlow.FlowName } state ? state.Values : new Dictionary<string, string>();
        var cards = turn.Input.ChannelHasCards;
        var description = Description(english, current);
        var category = Category(english, current, cards);
        var region = Region(english, current, RegionOf(turn, current.GetValueOrDefault(IntakeDraft.DescriptionField) ?? ""), cards);
        var urgency = UrgencyField(english, current, cards);
        var date = Date(english, turn.Now);
        var consent = Consent(english);
        return cards ? [category, description, region, urgency, date, consent, Confidential(english)] : [description, category, region, urgency, date, consent, Confidential(english)];
    }

    public string? Propose(string description) =>
        string.IsNullOrWhiteSpace(description) ? null : classifier.Propose(description).Category.Id;

    private static FormField Description(bool english, IReadOnlyDictionary<string, string> current)
    {
        var existing = current.GetValueOrDefault(IntakeDraft.DescriptionField);
        return new FormField(IntakeDraft.DescriptionField, RequestsTexts.DescriptionLabel.In(english), Prompt(RequestsTexts.DescriptionPrompt.In(english), existing is { Length: > 0 } ? RequestsTexts.KeepHint.In(english) : null),
            FormInputKind.MultilineText, answer =>
            {
                if (IntakePatterns.IsKeep(answer) && existing is { Length: > 0 }) return FieldCheck.Valid(existing);
                if (answer.Length < MinimumDescription) return FieldCheck.Invalid(RequestsTexts.DescriptionTooShort.Format(english, MinimumDescription));
                return answer.Length > MaximumDescription
                    ? FieldCheck.Invalid(RequestsTexts.DescriptionTooLong.Format(english, MaximumDescription))
                    : FieldCheck.Valid(answer);
            })
        { Placeholder = RequestsTexts.DescriptionPlaceholder.In(english) };
    }

    private FormField Category(bool english, IReadOnlyDictionary<string, string> current, bool cards)
    {
        var choices = categories.Categories.Select(category => new FormChoice(category.Title, category.Id)).ToList();
        var existing = current.GetValueOrDefault(IntakeDraft.CategoryField);
        var proposal = existing is { Length: > 0 } ? null : Propose(current.GetValueOrDefault(IntakeDraft.DescriptionField) ?? "");
        var hint = existing is { Length: > 0 } ? RequestsTexts.KeepHint.In(english)
            : proposal is not null ? RequestsTexts.CategoryProposal.Format(english, categories.ById(proposal)!.Title) : null;
        var prompt = cards ? RequestsTexts.CategoryPrompt.In(english) : Prompt(RequestsTexts.CategoryPrompt.In(english), Numbered(choices), hint);
        return new FormField(IntakeDraft.CategoryField, RequestsTexts.CategoryLabel.In(english), prompt, FormInputKind.Choice, answer =>
        {
            var keep = existing is { Length: > 0 } ? existing : proposal;
            if (IntakePatterns.IsKeep(answer) && keep is not null) return FieldCheck.Valid(keep);
            var match = categories.ById(answer) ?? categories.Categories.FirstOrDefault(category => string.Equals(category.Title, answer, StringComparison.OrdinalIgnoreCase));
            return match is null ? FieldCheck.Invalid(RequestsTexts.CategoryUnknown.In(english)) : FieldCheck.Valid(match.Id);
        })
        { Choices = choices, NumberChoicesInText = false, Placeholder = RequestsTexts.CategoryPlaceholder.In(english) };
    }

    /// <summary>The region to propose: one named in the user's own words ("… im Kreis Düren"), else the profile's.</summary>
    public string? RegionOf(FeatureTurn turn, string? words = null)
    {
        var text = words ?? turn.Input.Text;
        if (text.Length > 0 && places.Recognize(text)?.Place?.Region is { } named) return named.Name;
        return turn.User.Profile?.Region;
    }

    private FormField Region(bool english, IReadOnlyDictionary<string, string> current, string? profileRegion, bool cards)
    {
        var existing = current.GetValueOrDefault(IntakeDraft.RegionField);
        var keep = existing is { Length: > 0 } ? existing : profileRegion;
        var hint = existing is { Length: > 0 } ? RequestsTexts.KeepHint.In(english) : profileRegion is not null ? RequestsTexts.RegionFromProfile.Format(english, profileRegion) : null;
        var choices = regions.Regions.OrderBy(region => region.Name, GermanOrder).Select(region => new FormChoice(region.Name, region.Name)).ToList();
        return new FormField(IntakeDraft.RegionField, RequestsTexts.RegionLabel.In(english), cards ? RequestsTexts.RegionPrompt.In(english) : Prompt(RequestsTexts.RegionPrompt.In(english), hint), FormInputKind.Choice, answer =>
        {
            if (IntakePatterns.IsKeep(answer) && keep is not null) return FieldCheck.Valid(keep);
            var matches = regions.Find(answer);
            return matches.Count switch
            {
                1 => FieldCheck.Valid(matches[0].Name),
                0 => FieldCheck.Invalid(RequestsTexts.RegionUnknown.Format(english, SafeText.Escape(answer))),
                _ => FieldCheck.Invalid(RequestsTexts.RegionAmbiguous.Format(english, SafeText.Escape(answer), string.Join(", ", matches.Select(match => match.Name)))),
            };
        })
        { Choices = choices, NumberChoicesInText = false, Placeholder = RequestsTexts.RegionPlaceholder.In(english) };
    }

    private static FormField UrgencyField(bool english, IReadOnlyDictionary<string, string> current, bool cards)
    {
        List<FormChoice> choices = [new(RequestsTexts.UrgencyNormal.In(english), IntakeDraft.NormalValue), new(RequestsTexts.UrgencyUrgent.In(english), IntakeDraft.UrgentValue)];
        var keep = current.GetValueOrDefault(IntakeDraft.UrgencyField) ?? IntakeDraft.NormalValue;
        var hint = RequestsTexts.UrgencyProposal.Format(english, (choices.FirstOrDefault(choice => choice.Value == keep) ?? choices[0]).Title);
        return new FormField(IntakeDraft.UrgencyField, RequestsTexts.UrgencyLabel.In(english), cards ? RequestsTexts.UrgencyPrompt.In(english) : Prompt(RequestsTexts.UrgencyPrompt.In(english), Numbered(choices), hint),
            FormInputKind.Choice, answer =>
            {
                if (IntakePatterns.IsKeep(answer)) return FieldCheck.Valid(keep);
                var match = choices.FirstOrDefault(choice => string.Equals(choice.Value, answer, StringComparison.OrdinalIgnoreCase) || string.Equals(choice.Title, answer, StringComparison.OrdinalIgnoreCase));
                return match is null ? FieldCheck.Invalid(FlowTexts.NotAChoice.German) : FieldCheck.Valid(match.Value);
            })
        { Choices = choices, NumberChoicesInText = false };
    }

    private static FormField Date(bool english, DateTimeOffset now) =>
        new(IntakeDraft.DateField, RequestsTexts.DateLabel.In(english), RequestsTexts.DatePrompt.In(english), FormInputKind.Date, answer =>
        {
            var today = GermanTime.Today(now);
            if (DateAnswer.Parse(answer, today) is not { } date) return FieldCheck.Invalid(RequestsTexts.DateInvalid.In(english));
            return date < today ? FieldCheck.Invalid(RequestsTexts.DateInPast.Format(english, GermanTime.Date(date))) : FieldCheck.Valid(DateAnswer.Format(date));
        })
        { Required = false };

    private static FormField Consent(bool english) =>
        new(IntakeDraft.ConsentField, RequestsTexts.ConsentLabel.In(english), RequestsTexts.ConsentPrompt.In(english), FormInputKind.Toggle, FieldCheck.Valid)
        { Required = false, Placeholder = RequestsTexts.ConsentToggle.In(english) };

    /// <summary>„Vertraulich“: only the LKS lead reads the text; the rest of the LKS sees number, category and region.</summary>
    private static FormField Confidential(bool english) =>
        new(IntakeDraft.ConfidentialField, RequestsTexts.ConfidentialLabel.In(english), RequestsTexts.ConfidentialPrompt.In(english), FormInputKind.Toggle, FieldCheck.Valid)
        { Required = false, Placeholder = RequestsTexts.ConfidentialToggle.In(english) };

    private static string Numbered(IReadOnlyList<FormChoice> choices) =>
        string.Join("\n", choices.Select((choice, index) => $"{index + 1}. {choice.Title}"));

    private static string Prompt(params string?[] parts) => string.Join("\n\n", parts.Where(part => part is { Length: > 0 }));
}
