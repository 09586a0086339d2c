namespace NrwBot.Dialogs.Places;

/// <summary>A landscape name staff use for several regions at once ("Sauerland"); the bot asks which one is meant.</summary>
public sealed record Area(string Name, IReadOnlyList<string> Regions);
