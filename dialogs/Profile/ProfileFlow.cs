using NrwBot.Dialogs.Conversation;
using NrwBot.Dialogs.Flows;
using NrwBot.Dialogs.Places;

namespace NrwBot.Dialogs.Profile;

/// <summary>Asks for the user's region and role, stores them in UserState and shows them back.</summary>
public sealed class ProfileFlow(IRegionDirectory regions, TimeProvider clock, IEnumerable<IProfileFollowUp> followUps) : FormFlow(clock)
{
    public const string FlowName = "profile";

    /// <summary>„Profil ändern“ on other features' cards (contacts, onboarding) without a running profile flow.</summary>
    public const string EditCardVerb = FlowName + EditSuffix;
    public const string RegionField = "region";
    public const string RoleField = "role";
    public const string ShowVerb = "profile.show";
    public const string LaterVerb = "profile.later";

    public override string Name => FlowName;
    public override string Title => ProfileTexts.Title.German;
    protected override string SubmitLabel => ProfileTexts.Save.German;

    protected override string? Intro(FeatureTurn turn) => ProfileTexts.Intro.German;

    protected override IReadOnlyList<FormField> GetFields(FeatureTurn turn) =>
    [
        new(RegionField, ProfileTexts.RegionLabel.German, ProfileTexts.RegionPrompt.German, FormInputKind.Choice, CheckRegion)
        {
            Choices = regions.Regions.OrderBy(region => region.Name, StringComparer.Create(new("de-DE"), true))
                .Select(region => new FormChoice(region.Name, region.Name)).ToList(),
            NumberChoicesInText = false,
            Placeholder = ProfileTexts.RegionPlaceholder.German,
        },
        new(RoleField, ProfileTexts.RoleLabel.German, ProfileTexts.RolePrompt.German, FormInputKind.Choice, FieldCheck.Valid)
        {
            Choices = ProfileRoles.All,
            Placeholder = ProfileTexts.RolePlaceholder.German,
        },
    ];

    protected override IReadOnlyDictionary<string, string> GetDefaults(FeatureTurn turn) =>
        turn.User.Profile is { } profile
            ? new Dictionary<string, string> { [RegionField] = profile.Region, [RoleField] = profile.Role }
            : new Dictionary<string, string>();

    protected override async Task<bool> CompleteAsync(FeatureTurn turn, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        turn.User.Profile = new UserProfile(values[RegionField], values[RoleField]);
        turn.User.ProfileOffered = true;
        turn.Send(ProfileCard(turn.User.Profile, ProfileTexts.Saved.German));
        foreach (var followUp in followUps) await followUp.AfterProfileSavedAsync(turn, cancellationToken);
        return true;
    }

    /// <summary>The profile as a card with a button to change it.</summary>
    public Reply ProfileCard(UserProfile? profile, string? text = null)
    {
        if (profile is null)
            return new Reply { Title = ProfileTexts.Title.German, Text = ProfileTexts.Empty.German, Actions = [new(ProfileTexts.OfferCreate.German, EditVerb)] };
        var facts = new List<ReplyFact> { new(ProfileTexts.RegionLabel.German, profile.Region) };
        if (regions.ByName(profile.Region) is { } region) facts.Add(new(ProfileTexts.RegierungsbezirkLabel.German, region.Regierungsbezirk));
        facts.Add(new(ProfileTexts.RoleLabel.German, ProfileRoles.Title(profile.Role)));
        return new Reply { Title = ProfileTexts.Title.German, Text = text, Facts = facts, Actions = [new(ProfileTexts.Change.German, EditVerb) { TypedCommand = "Profil ändern" }] };
    }

    /// <summary>The one-time offer on first use: create the profile now, or later.</summary>
    public Reply Offer() => new()
    {
        Title = ProfileTexts.Title.German,
        Text = ProfileTexts.OfferText.German,
        Actions = [new(ProfileTexts.OfferCreate.German, EditVerb), new(ProfileTexts.OfferLater.German, LaterVerb)],
    };

    private FieldCheck CheckRegion(string answer)
    {
        var matches = regions.Find(answer);
        return matches.Count switch
        {
            1 => FieldCheck.Valid(matches[0].Name),
            0 => FieldCheck.Invalid(ProfileTexts.RegionUnknown.Format(SafeText.Escape(answer))),
            _ => FieldCheck.Invalid(ProfileTexts.RegionAmbiguous.Format(SafeText.Escape(answer), string.Join(", ", matches.Select(match => match.Name)))),
        };
    }
}
