using System.Globalization;

namespace Bowsprit.Core.Api;

/// <summary>
/// Prow's default build ids: a Twitter-style snowflake (milliseconds since Prow's epoch, node 1, a 12-bit
/// sequence), printed as a 19-digit decimal that sorts by creation time.
/// </summary>
public sealed class BuildIdGenerator(TimeProvider time)
{
    private const long Epoch = 1288834974657;
    private const long NodeBits = 1L << 12;
    private readonly Lock _gate = new();
    private long _lastMillis = -1;
    private long _sequence;

    public string Next()
    {
        lock (_gate)
        {
            var millis = time.GetUtcNow().ToUnixTimeMilliseconds();
            if (millis < _lastMillis)
            {
                // The clock stepped back: keep ids monotonic rather than risk a duplicate.
                millis = _lastMillis;
            }

            if (millis == _lastMillis)
            {
                _sequence = (_sequence + 1) & 0xFFF;
                if (_sequence == 0)
                {
                    millis = ++_lastMillis;
                }
            }
            else
            {
                _sequence = 0;
            }

            _lastMillis = millis;
            var id = ((millis - Epoch) << 22) | NodeBits | _sequence;
            return id.ToString(CultureInfo.InvariantCulture);
        }
    }
}
