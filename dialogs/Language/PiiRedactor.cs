using System.Text;

namespace NrwBot.Dialogs.Language;

/// <summary>Replaces personal data in a text by placeholders such as "[E-Mail]" (see <see cref="LanguageTexts"/>).</summary>
public static class PiiRedactor
{
    public static string Redact(string text, IReadOnlyList<PiiEntity> entities)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var entity in PiiEntities.Merge(entities, text))
        {
            if (entity.Offset < position || entity.End > text.Length) continue;
            builder.Append(text, position, entity.Offset - position).Append(LanguageTexts.Placeholder(entity.Category));
            position = entity.End;
        }
        return builder.Append(text, position, text.Length - position).ToString();
    }
}
