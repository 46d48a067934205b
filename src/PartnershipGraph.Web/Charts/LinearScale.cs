namespace PartnershipGraph.Web.Charts;

/// <summary>A value axis from <see cref="Min"/> to <see cref="Max"/> with ticks every <see cref="Step"/>, on round numbers.</summary>
internal sealed record LinearScale(double Min, double Max, double Step)
{
    /// <summary>A scale covering <paramref name="min"/> to <paramref name="max"/> in about <paramref name="ticks"/> steps of 1, 2 or 5 times a power of ten.</summary>
    public static LinearScale Nice(double min, double max, int ticks = 5, double minStep = 0)
    {
        if (max <= min)
        {
            max = min + 1;
        }
        var raw = (max - min) / ticks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var normal = raw / magnitude;
        var step = Math.Max(
            minStep,
            (
                normal <= 1 ? 1
                : normal <= 2 ? 2
                : normal <= 5 ? 5
                : 10
            ) * magnitude
        );
        return new(Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    /// <summary>The tick values from <see cref="Min"/> to <see cref="Max"/>.</summary>
    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round((Max - Min) / Step);
        for (var i = 0; i <= count; i++)
        {
            yield return Math.Round(Min + (i * Step), 10);
        }
    }

    /// <summary>Where <paramref name="value"/> falls between <paramref name="from"/> (at Min) and <paramref name="to"/> (at Max).</summary>
    public double Map(double value, double from, double to) =>
        from + ((value - Min) / (Max - Min) * (to - from));
}
