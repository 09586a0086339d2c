using System.Net.Mail;
using NrwBot.Dialogs.Contacts;
using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;

namespace NrwBot.Dialogs.Pool;

/// <summary>
/// „Mein Kompetenzprofil“ → form: themes and tags, methods, languages, what one is open to, an e-mail address and
/// the consent to be shown. Saving needs the consent; the profile is stored before the bot says so.
/// </summary>
public sealed class CompetenceProfileFlow(ContactDirectory directory, ICompetencePoolStore store, PoolCards cards, TimeProvider clock) : FormFlow(clock)
{
    public const string FlowName = "competence";
    public const string TopicsField = "topics";
    public const string MethodsField = "methods";
    public const string LanguagesField = "languages";
    public const string AustauschField = "austausch";
    public const string HospitationField = "hospitation";
    public const string VortragField = "vortrag";
    public const string EmailField = "email";
    public const string ConsentField = "consent";
    public const int MaxTerms = 12;
    public const int MaxTagLength = 60;
    public const int MaxMethodsLength = 300;
    public const int MaxLanguagesLength = 200;
    public const int MaxEmailLength = 254;

    public override string Name => FlowName;
    public override string Title => PoolTexts.FlowTitle.German;
    protected override string SubmitLabel => PoolTexts.Save.German;

    protected override string? Intro(FeatureTurn turn) => PoolTexts.Intro.German;

    protected override IReadOnlyList<FormField> GetFields(FeatureTurn turn) =>
    [
        new(TopicsField, PoolTexts.TopicsLabel.German, PoolTexts.TopicsPrompt.Format(string.Join(", ", SharedTopics.Select(topic => topic.Name))),
            FormInputKind.Text, CheckTopics) { Placeholder = PoolTexts.TopicsPlaceholder.German },
        new(MethodsField, PoolTexts.MethodsLabel.German, PoolTexts.MethodsPrompt.German, FormInputKind.Text, answer => Limit(answer, MaxMethodsLength)) { Required = false },
        new(LanguagesField, PoolTexts.LanguagesLabel.German, PoolTexts.LanguagesPrompt.German, FormInputKind.Text, answer => Limit(answer, MaxLanguagesLength)) { Required = false },
        Offer(AustauschField, PoolTexts.AustauschLabel),
        Offer(HospitationField, PoolTexts.HospitationLabel),
        Offer(VortragField, PoolTexts.VortragLabel),
        new(EmailField, PoolTexts.EmailLabel.German, PoolTexts.EmailPrompt.German, FormInputKind.Text, CheckEmail) { Required = false },
        new(ConsentField, PoolTexts.ConsentLabel.German, PoolTexts.ConsentPrompt.German, FormInputKind.Toggle,
            answer => answer == "true" ? FieldCheck.Valid(answer) : FieldCheck.Invalid(PoolTexts.ConsentMissing.German)),
    ];

    /// <summary>The form's values for an existing profile, so „Bearbeiten“ starts from what is there.</summary>
    public IReadOnlyDictionary<string, string> ValuesOf(CompetenceProfile profile)
    {
        var values = new Dictionary<string, string>
        {
            [TopicsField] = string.Join(", ", profile.TopicIds.Select(id => directory.TopicById(id)?.Name).OfType<string>().Concat(profile.Tags)),
            [MethodsField] = profile.Methods,
            [LanguagesField] = profile.Languages,
            [AustauschField] = Flag(profile, CompetenceOffers.Austausch),
            [HospitationField] = Flag(profile, CompetenceOffers.Hospitation),
            [VortragField] = Flag(profile, CompetenceOffers.Vortrag),
        };
        if (profile.Email is { } email) values[EmailField] = email;
        return values;
    }

    private static string Flag(CompetenceProfile profile, CompetenceOffers offer) => profile.Offers.HasFlag(offer) ? "true" : "false";

    protected override async Task<bool> CompleteAsync(FeatureTurn turn, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        // A form sent from elsewhere (another channel, a forged card, a profile deleted meanwhile) stores nothing.
        if (PoolFeature.Refusal(turn) is { } refusal) { turn.Send(refusal); return true; }
        var key = ConversationKeys.ForUser(turn.Input.User);
        var (topics, tags) = SplitTerms(values[TopicsField]);
        try
        {
            var existing = await store.FindAsync(key, cancellationToken);
            var profile = new CompetenceProfile(key, existing?.PublicId ?? PoolIds.New(), turn.Input.User.Name, turn.User.Profile!.Region)
            {
                TopicIds = topics,
                Tags = tags,
                Methods = values.GetValueOrDefault(MethodsField, ""),
                Languages = values.GetValueOrDefault(LanguagesField, ""),
                Offers = OffersOf(values),
                Email = values.GetValueOrDefault(EmailField) is { Length: > 0 } email ? email : null,
                CreatedAt = existing?.CreatedAt ?? turn.Now,
                ConfirmedAt = turn.Now,
            };
            await store.SaveAsync(profile, cancellationToken);
            turn.Send(cards.Own(profile, PoolTexts.Saved.German, hidden: false));
            return true;
        }
        catch (PoolStoreException)
        {
            turn.Send(PoolTexts.StoreUnavailable.German);
            return false;
        }
    }

    /// <summary>The topics of the directory that offices share (not the LKS's own desks).</summary>
    private IEnumerable<Topic> SharedTopics => directory.Topics.Where(topic => topic.Area != TopicArea.Lks);

    /// <summary>Each comma-separated part is a topic of the list when the topic matcher knows it, else a free tag.</summary>
    public (IReadOnlyList<string> TopicIds, IReadOnlyList<string> Tags) SplitTerms(string text)
    {
        var topics = new List<string>();
        var tags = new List<string>();
        foreach (var part in Parts(text))
        {
            var topic = directory.TopicMatcher.Find(part);
            // A part is the topic only when the topic is all it says („Schule“, „Beteiligungsforen“); „Schulsozialarbeit
            // in Brennpunkten“ stays the person's own words.
            if (topic is { Area: not TopicArea.Lks } && IsWholeTopic(topic, part)) { if (!topics.Contains(topic.Id)) topics.Add(topic.Id); }
            else if (!tags.Contains(part, StringComparer.OrdinalIgnoreCase)) tags.Add(part);
        }
        return (topics, tags);
    }

    private static bool IsWholeTopic(Topic topic, string part)
    {
        var words = Language.GermanText.FoldedWords(part);
        return words.Count <= 2 && (GermanWordsOf(topic.Name).SequenceEqual(words) || topic.Keywords.Any(keyword => GermanWordsOf(keyword).SequenceEqual(words))
            || words.Count == 1 && Language.GermanText.Stem(words[0]) == Language.GermanText.Stem(topic.Name));
    }

    private static IReadOnlyList<string> GermanWordsOf(string text) => Language.GermanText.FoldedWords(text);

    private static IReadOnlyList<string> Parts(string text) =>
        text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static FieldCheck CheckTopics(string answer)
    {
        var parts = Parts(answer);
        if (parts.Count == 0) return FieldCheck.Invalid(PoolTexts.TopicsMissing.German);
        if (parts.Count > MaxTerms) return FieldCheck.Invalid(PoolTexts.TopicsTooMany.Format(MaxTerms));
        if (parts.FirstOrDefault(part => part.Length > MaxTagLength) is { } tooLong)
            return FieldCheck.Invalid(PoolTexts.TagTooLong.Format(SafeText.Escape(tooLong[..20]), MaxTagLength));
        return FieldCheck.Valid(string.Join(", ", parts));
    }

    private static FieldCheck Limit(string answer, int maxLength) =>
        answer.Length > maxLength ? FieldCheck.Invalid(PoolTexts.TooLong.Format(maxLength)) : FieldCheck.Valid(answer.Trim());

    private static FieldCheck CheckEmail(string answer)
    {
        var trimmed = answer.Trim();
        if (trimmed.Length <= MaxEmailLength && MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed && trimmed.Contains('.'))
            return FieldCheck.Valid(trimmed);
        return FieldCheck.Invalid(PoolTexts.EmailInvalid.Format(SafeText.Escape(trimmed.Length > 60 ? trimmed[..60] + "…" : trimmed)));
    }

    private static FormField Offer(string id, Text label) =>
        new(id, label.German, PoolTexts.OfferPrompt.Format(label.German), FormInputKind.Toggle, FieldCheck.Valid) { Required = false };

    private static CompetenceOffers OffersOf(IReadOnlyDictionary<string, string> values) =>
        (values.GetValueOrDefault(AustauschField) == "true" ? CompetenceOffers.Austausch : CompetenceOffers.None)
        | (values.GetValueOrDefault(HospitationField) == "true" ? CompetenceOffers.Hospitation : CompetenceOffers.None)
        | (values.GetValueOrDefault(VortragField) == "true" ? CompetenceOffers.Vortrag : CompetenceOffers.None);
}
