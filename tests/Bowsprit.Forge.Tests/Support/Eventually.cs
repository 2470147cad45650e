namespace Bowsprit.Forge.Tests.Support;

/// <summary>Polls until a condition holds or a deadline passes: for state that settles asynchronously.</summary>
public static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> done, CancellationToken ct, int timeoutSeconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"condition not met within {timeoutSeconds}s; last value: {value}");
            }

            await Task.Delay(25, ct);
        }
    }
}
