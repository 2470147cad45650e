using System.Collections.Concurrent;

namespace Bowsprit.Forge.Api;

/// <summary>Hourly request budgets per token (or per anonymous client), counted down like GitHub's.</summary>
public sealed class ForgeRateLimiter(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Budget> _budgets = new(StringComparer.Ordinal);

    /// <summary>Spends one request; returns the budget after it, with <c>Allowed</c> false when exhausted.</summary>
    public RateLimitState Spend(string key, int limit)
    {
        var now = time.GetUtcNow();
        var budget = _budgets.GetOrAdd(key, _ => new Budget());
        lock (budget)
        {
            if (budget.Reset <= now)
            {
                budget.Reset = now.AddHours(1);
                budget.Used = 0;
            }

            var allowed = budget.Used < limit;
            if (allowed)
            {
                budget.Used++;
            }

            return new RateLimitState(limit, Math.Max(0, limit - budget.Used), budget.Used, budget.Reset, allowed);
        }
    }

    /// <summary>Gives a request back: conditional requests answered with 304 cost nothing on GitHub.</summary>
    public void Refund(string key)
    {
        if (_budgets.TryGetValue(key, out var budget))
        {
            lock (budget)
            {
                budget.Used = Math.Max(0, budget.Used - 1);
            }
        }
    }

    private sealed class Budget
    {
        public DateTimeOffset Reset { get; set; }

        public int Used { get; set; }
    }
}
