namespace NrwBot.Dialogs.Language;

/// <summary>A word of a text and where it starts (UTF-16 offset).</summary>
public readonly record struct WordToken(string Text, int Offset)
{
    public int End => Offset + Text.Length;

    public bool StartsUpper => Text.Length > 0 && char.IsUpper(Text[0]);
}
