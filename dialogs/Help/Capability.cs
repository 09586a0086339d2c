namespace NrwBot.Dialogs.Help;

/// <summary>The jobs of NrwBot. The host registers which ones are running, so help never promises more.</summary>
public enum Capability { Knowledge, Contacts, Requests, Digest, Onboarding, Calendar, Pool }

/// <summary>The jobs this build of NrwBot can do.</summary>
public sealed record AvailableCapabilities(IReadOnlySet<Capability> Jobs)
{
    public bool Has(Capability capability) => Jobs.Contains(capability);
}
