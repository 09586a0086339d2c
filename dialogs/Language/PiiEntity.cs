namespace NrwBot.Dialogs.Language;

/// <summary>One piece of personal data found in a text, with its position (UTF-16 offset and length).</summary>
public sealed record PiiEntity(PiiCategory Category, int Offset, int Length, string Text)
{
    public int End => Offset + Length;

    public bool Overlaps(int offset, int length) => Offset < offset + length && offset < End;
}
