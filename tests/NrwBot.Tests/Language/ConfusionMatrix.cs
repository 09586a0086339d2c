using System.Globalization;
using System.Text;

namespace NrwBot.Tests.Language;

/// <summary>Counts expected against proposed categories and prints them as a table (rows: expected).</summary>
internal sealed class ConfusionMatrix(IReadOnlyList<string> labels)
{
    private readonly int[,] _counts = new int[labels.Count, labels.Count];

    public int Total { get; private set; }

    public int Correct { get; private set; }

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public void Add(string expected, string proposed)
    {
        _counts[IndexOf(expected), IndexOf(proposed)]++;
        Total++;
        if (expected == proposed) Correct++;
    }

    private int IndexOf(string label) => labels.ToList().IndexOf(label);

    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{"expected \\ proposed",-31}");
        for (var column = 0; column < labels.Count; column++) builder.Append(CultureInfo.InvariantCulture, $"{column + 1,4}");
        builder.AppendLine("   recall");
        for (var row = 0; row < labels.Count; row++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{row + 1,2} {labels[row],-28}");
            var rowTotal = 0;
            for (var column = 0; column < labels.Count; column++)
            {
                builder.Append(CultureInfo.InvariantCulture, $"{(_counts[row, column] == 0 ? "." : _counts[row, column].ToString(CultureInfo.InvariantCulture)),4}");
                rowTotal += _counts[row, column];
            }
            builder.AppendLine(CultureInfo.InvariantCulture, $"   {_counts[row, row]}/{rowTotal}");
        }
        return builder.ToString();
    }
}
