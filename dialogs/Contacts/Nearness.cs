namespace NrwBot.Dialogs.Contacts;

/// <summary>How near a peer works, seen from the person asking: same Kreis or Stadt, same Regierungsbezirk, elsewhere in NRW.</summary>
public enum Nearness { SameRegion, SameRegierungsbezirk, ElsewhereInNrw }
