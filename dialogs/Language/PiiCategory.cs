namespace NrwBot.Dialogs.Language;

/// <summary>The kinds of personal data NrwBot removes before request text leaves the LKS queue.</summary>
public enum PiiCategory { Email, Phone, Iban, Address, Person }
