namespace NrwBot.Manifest;

/// <summary>
/// A filled region of the plane, tested point by point. ImageSharp.Drawing is not available here, and the two
/// icons need only rounded rectangles, circles, thick lines and a triangle, so they are drawn from these.
/// </summary>
public sealed class Shape(Func<double, double, bool> contains)
{
    public bool Contains(double x, double y) => contains(x, y);

    public static Shape Circle(double centerX, double centerY, double radius) =>
        new((x, y) => Square(x - centerX) + Square(y - centerY) <= radius * radius);

    public static Shape RoundedRectangle(double left, double top, double right, double bottom, double radius) =>
        new((x, y) =>
        {
            // Distance to the inner rectangle shrunk by the radius; inside when that distance is within the radius.
            var dx = Math.Max(Math.Max(left + radius - x, x - (right - radius)), 0);
            var dy = Math.Max(Math.Max(top + radius - y, y - (bottom - radius)), 0);
            return Square(dx) + Square(dy) <= radius * radius;
        });

    /// <summary>A line from (x1, y1) to (x2, y2), <paramref name="width"/> thick, with round ends.</summary>
    public static Shape Line(double x1, double y1, double x2, double y2, double width) =>
        new((x, y) =>
        {
            var (vx, vy) = (x2 - x1, y2 - y1);
            var t = Math.Clamp(((x - x1) * vx + (y - y1) * vy) / (vx * vx + vy * vy), 0, 1);
            return Square(x - (x1 + t * vx)) + Square(y - (y1 + t * vy)) <= Square(width / 2);
        });

    public static Shape Triangle((double X, double Y) a, (double X, double Y) b, (double X, double Y) c) =>
        new((x, y) =>
        {
            var d1 = Side(x, y, a, b);
            var d2 = Side(x, y, b, c);
            var d3 = Side(x, y, c, a);
            return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
        });

    public Shape Or(params Shape[] others) => new((x, y) => Contains(x, y) || others.Any(other => other.Contains(x, y)));

    public Shape Except(Shape other) => new((x, y) => Contains(x, y) && !other.Contains(x, y));

    private static double Side(double x, double y, (double X, double Y) p, (double X, double Y) q) =>
        (x - q.X) * (p.Y - q.Y) - (p.X - q.X) * (y - q.Y);

    private static double Square(double value) => value * value;
}
