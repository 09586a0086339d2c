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

    public IReadOnlyList<FormField> For(FeatureTurn turn, RequestsTexts texts)
    {
        var current = turn.Conversation.ActiveFlow is { Name: IntakeFlow.FlowName } state ? state.Values : new Dictionary<string, string>();
        var cards = turn.Input.ChannelHasCards;
        var description = Description(texts, current);
        var category = Category(texts, current, cards);
        var region = Region(texts, current, RegionOf(turn, current.GetValueOrDefault(IntakeDraft.DescriptionField) ?? ""), cards);
        var urgency = UrgencyField(texts, current, cards);
        var date = Date(texts, turn.Now);
        var consent = Consent(texts);
        return cards ? [category, description, region, urgency, date, consent] : [description, category, region, urgency, date, consent];
    }

    public string? Propose(string description) =>
        string.IsNullOrWhiteSpace(description) ? null : classifier.Propose(description).Category.Id;

    private static FormField Description(RequestsTexts texts, IReadOnlyDictionary<string, string> current)
    {
        var existing = current.GetValueOrDefault(IntakeDraft.DescriptionField);
        return new FormField(IntakeDraft.DescriptionField, texts.DescriptionLabel, Prompt(texts.DescriptionPrompt, existing is { Length: > 0 } ? texts.KeepHint : null),
            FormInputKind.MultilineText, answer =>
            {
                if (IntakePatterns.IsKeep(answer) && existing is { Length: > 0 }) return FieldCheck.Valid(existing);
                if (answer.Length < MinimumDescription) return FieldCheck.Invalid(string.Format(texts.DescriptionTooShort, MinimumDescription));
                return answer.Length > MaximumDescription
                    ? FieldCheck.Invalid(string.Format(texts.DescriptionTooLong, MaximumDescription))
                    : FieldCheck.Valid(answer);
            })
        { Placeholder = texts.DescriptionPlaceholder };
    }

    private FormField Category(RequestsTexts texts, IReadOnlyDictionary<string, string> current, bool cards)
    {
        var choices = categories.Categories.Select(category => new FormChoice(category.Title, category.Id)).ToList();
        var existing = current.GetValueOrDefault(IntakeDraft.CategoryField);
        var proposal = existing is { Length: > 0 } ? null : Propose(current.GetValueOrDefault(IntakeDraft.DescriptionField) ?? "");
        var hint = existing is { Length: > 0 } ? texts.KeepHint
            : proposal is not null ? string.Format(texts.CategoryProposal, categories.ById(proposal)!.Title) : null;
        var prompt = cards ? texts.CategoryPrompt : Prompt(texts.CategoryPrompt, Numbered(choices), hint);
        return new FormField(IntakeDraft.CategoryField, texts.CategoryLabel, prompt, FormInputKind.Choice, answer =>
        {
            var keep = existing is { Length: > 0 } ? existing : proposal;
            if (IntakePatterns.IsKeep(answer) && keep is not null) return FieldCheck.Valid(keep);
            var match = categories.ById(answer) ?? categories.Categories.FirstOrDefault(category => string.Equals(category.Title, answer, StringComparison.OrdinalIgnoreCase));
            return match is null ? FieldCheck.Invalid(texts.CategoryUnknown) : FieldCheck.Valid(match.Id);
        })
        { Choices = choices, NumberChoicesInText = false, Placeholder = texts.CategoryPlaceholder };
    }

    /// <summary>The region to propose: one named in the user's own words ("… im Kreis Düren"), else the profile's.</summary>
    public string? RegionOf(FeatureTurn turn, string? words = null)
    {
        var text = words ?? turn.Input.Text;
        if (text.Length > 0 && places.Recognize(text)?.Place?.Region is { } named) return named.Name;
        return turn.User.Profile?.Region;
    }

    private FormField Region(RequestsTexts texts, IReadOnlyDictionary<string, string> current, string? profileRegion, bool cards)
    {
        var existing = current.GetValueOrDefault(IntakeDraft.RegionField);
        var keep = existing is { Length: > 0 } ? existing : profileRegion;
        var hint = existing is { Length: > 0 } ? texts.KeepHint : profileRegion is not null ? string.Format(texts.RegionFromProfile, profileRegion) : null;
        var choices = regions.Regions.OrderBy(region => region.Name, GermanOrder).Select(region => new FormChoice(region.Name, region.Name)).ToList();
        return new FormField(IntakeDraft.RegionField, texts.RegionLabel, cards ? texts.RegionPrompt : Prompt(texts.RegionPrompt, hint), FormInputKind.Choice, answer =>
        {
            if (IntakePatterns.IsKeep(answer) && keep is not null) return FieldCheck.Valid(keep);
            var matches = regions.Find(answer);
            return matches.Count switch
            {
                1 => FieldCheck.Valid(matches[0].Name),
                0 => FieldCheck.Invalid(string.Format(texts.RegionUnknown, SafeText.Escape(answer))),
                _ => FieldCheck.Invalid(string.Format(texts.RegionAmbiguous, SafeText.Escape(answer), string.Join(", ", matches.Select(match => match.Name)))),
            };
        })
        { Choices = choices, NumberChoicesInText = false, Placeholder = texts.RegionPlaceholder };
    }

    private static FormField UrgencyField(RequestsTexts texts, IReadOnlyDictionary<string, string> current, bool cards)
    {
        List<FormChoice> choices = [new(texts.UrgencyNormal, IntakeDraft.NormalValue), new(texts.UrgencyUrgent, IntakeDraft.UrgentValue)];
        var keep = current.GetValueOrDefault(IntakeDraft.UrgencyField) ?? IntakeDraft.NormalValue;
        var hint = string.Format(texts.UrgencyProposal, (choices.FirstOrDefault(choice => choice.Value == keep) ?? choices[0]).Title);
        return new FormField(IntakeDraft.UrgencyField, texts.UrgencyLabel, cards ? texts.UrgencyPrompt : Prompt(texts.UrgencyPrompt, Numbered(choices), hint),
            FormInputKind.Choice, answer =>
            {
                if (IntakePatterns.IsKeep(answer)) return FieldCheck.Valid(keep);
                var match = choices.FirstOrDefault(choice => string.Equals(choice.Value, answer, StringComparison.OrdinalIgnoreCase) || string.Equals(choice.Title, answer, StringComparison.OrdinalIgnoreCase));
                return match is null ? FieldCheck.Invalid(FlowTexts.NotAChoice) : FieldCheck.Valid(match.Value);
            })
        { Choices = choices, NumberChoicesInText = false };
    }

    private static FormField Date(RequestsTexts texts, DateTimeOffset now) =>
        new(IntakeDraft.DateField, texts.DateLabel, texts.DatePrompt, FormInputKind.Date, answer =>
        {
            var today = GermanTime.Today(now);
            if (DateAnswer.Parse(answer, today) is not { } date) return FieldCheck.Invalid(texts.DateInvalid);
            return date < today ? FieldCheck.Invalid(string.Format(texts.DateInPast, GermanTime.Date(date))) : FieldCheck.Valid(DateAnswer.Format(date));
        })
        { Required = false };

    private static FormField Consent(RequestsTexts texts) =>
        new(IntakeDraft.ConsentField, texts.ConsentLabel, texts.ConsentPrompt, FormInputKind.Toggle, FieldCheck.Valid)
        { Required = false, Placeholder = texts.ConsentToggle };

    private static string Numbered(IReadOnlyList<FormChoice> choices) =>
        string.Join("\n", choices.Select((choice, index) => $"{index + 1}. {choice.Title}"));

    private static string Prompt(params string?[] parts) => string.Join("\n\n", parts.Where(part => part is { Length: > 0 }));
}
