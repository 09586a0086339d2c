namespace NrwBot.Dialogs.Places;

/// <summary>What a recognised place is. A town is not its Kreis: Paderborn the town is a Gemeinde in Kreis Paderborn.</summary>
public enum PlaceKind { Gemeinde, Kreis, KreisfreieStadt, Regierungsbezirk }
