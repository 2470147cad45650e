namespace Bowsprit.Forge.Api;

/// <summary>How a forge instance runs.</summary>
public sealed class ForgeOptions
{
    /// <summary>Where repositories and the SQLite state live.</summary>
    public string DataDir { get; set; } = ".bowsprit/forge";

    /// <summary>Pushes and API writes need a token (basic auth password for git) when set.</summary>
    public bool RequireAuth { get; set; }

    /// <summary>The user anonymous writes are attributed to when auth is not required.</summary>
    public string DefaultUser { get; set; } = "forge-admin";

    /// <summary>Requests per hour for a token; anonymous callers get <see cref="AnonymousRateLimit"/>.</summary>
    public int RateLimit { get; set; } = 5000;

    public int AnonymousRateLimit { get; set; } = 600;

    /// <summary>Delays between webhook delivery attempts; the count is the number of retries.</summary>
    public IReadOnlyList<TimeSpan> WebhookRetryDelays { get; set; } = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(16)];

    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The URL clients should use, when it differs from the bound address (e.g. behind a proxy).</summary>
    public string? PublicUrl { get; set; }
}
