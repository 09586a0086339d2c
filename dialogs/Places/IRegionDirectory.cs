namespace NrwBot.Dialogs.Places;

/// <summary>The regions of NRW, as the profile and the routing features need them.</summary>
public interface IRegionDirectory
{
    IReadOnlyList<Region> Regions { get; }

    /// <summary>The regions a name stands for: one when it is clear, several when it is ambiguous, none when unknown.</summary>
    IReadOnlyList<Region> Find(string name);

    Region? ByName(string name);
}
