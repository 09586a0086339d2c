namespace NrwBot.Dialogs.Results;

/// <summary>
/// Where the step-by-step entry stands: <see cref="Start"/> waits for a pasted protocol, a text file or „Schritt für
/// Schritt“; then the meeting, a question (section) of the current working group, its bullets, the choice what comes
/// next, and the preview that „Speichern“ stores.
/// </summary>
public enum ResultsEntryStep { Start, Meeting, Section, Items, Next, Preview }
