namespace PartnershipGraph.Domain.Common;

/// <summary>
/// GUID v7 keys that increase strictly in the order they are made within a process, so sorting rows by key gives the
/// order they were created in, even for many rows made in the same millisecond (e.g. the officers of one action).
/// </summary>
/// <remarks>
/// <see cref="Guid.CreateVersion7()"/> fills the 12 bits after the millisecond timestamp with random bits, so two keys
/// of one millisecond sort at random. Here those 12 bits count up within a millisecond (the rest stays random); after
/// 4,096 keys in one millisecond the timestamp is moved on by one. The ordering is <see cref="Guid.CompareTo(Guid)"/>'s.
/// </remarks>
public sealed class SequentialGuid
{
    private const int CounterLimit = 0x1000;
    private readonly Lock _gate = new();
    private long _lastMilliseconds = -1;
    private int _counter;

    /// <summary>The process's generator, which <see cref="Entity.Id"/> uses.</summary>
    public static SequentialGuid Shared { get; } = new();

    /// <summary>A new key from <see cref="Shared"/>, greater than every key it made before.</summary>
    public static Guid NewGuid() => Shared.Next(DateTimeOffset.UtcNow);

    /// <summary>A new key for the given time (or just after this generator's last key, when that is later).</summary>
    public Guid Next(DateTimeOffset now)
    {
        long milliseconds;
        int counter;
        lock (_gate)
        {
            milliseconds = Math.Max(now.ToUnixTimeMilliseconds(), _lastMilliseconds);
            if (milliseconds == _lastMilliseconds)
            {
                if (++_counter == CounterLimit)
                {
                    milliseconds++;
                    _counter = 0;
                }
            }
            else
            {
                _counter = 0;
            }
            _lastMilliseconds = milliseconds;
            counter = _counter;
        }
        Span<byte> random = stackalloc byte[8];
        Random.Shared.NextBytes(random);
        return new Guid(
            (int)(milliseconds >> 16),
            (short)(milliseconds & 0xFFFF),
            (short)(0x7000 | counter),
            (byte)(0x80 | (random[0] & 0x3F)),
            random[1],
            random[2],
            random[3],
            random[4],
            random[5],
            random[6],
            random[7]
        );
    }
}
