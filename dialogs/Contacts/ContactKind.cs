namespace NrwBot.Dialogs.Contacts;

/// <summary>Who a contact is in the programme: the state coordination office, a Mobile Beratung office, or a local office.</summary>
public enum ContactKind { Lks, MobileBeratung, Local }
