namespace NrwBot.Dialogs.Language;

/// <summary>Combines personal data found by several recognisers into one ordered list without overlaps.</summary>
public static class PiiEntities
{
    /// <summary>
    /// Orders by position and joins overlapping entities into one span covering both, so redaction never leaves a
    /// fragment of either; the joined span keeps the category of the longer entity.
    /// </summary>
    public static IReadOnlyList<PiiEntity> Merge(IEnumerable<PiiEntity> entities, string? text = null)
    {
        var merged = new List<PiiEntity>();
        foreach (var entity in entities.OrderBy(entity => entity.Offset).ThenByDescending(entity => entity.Length))
        {
            if (merged.Count > 0 && merged[^1].Overlaps(entity.Offset, entity.Length))
            {
                merged[^1] = Join(merged[^1], entity, text);
                continue;
            }
            merged.Add(entity);
        }
        return merged;
    }

    private static PiiEntity Join(PiiEntity first, PiiEntity second, string? text)
    {
        var end = Math.Max(first.End, second.End);
        var category = second.Length > first.Length ? second.Category : first.Category;
        var value = text is not null ? text[first.Offset..end] : first.Text + second.Text[Math.Min(second.Length, first.End - second.Offset)..];
        return new PiiEntity(category, first.Offset, end - first.Offset, value);
    }
}
