namespace Bowsprit.Core.Config.Loading;

/// <summary>What to load: Prow's <c>--config-path</c> and <c>--job-config-path</c>.</summary>
public sealed record ConfigLoadOptions(string ConfigPath, string? JobConfigPath = null)
{
    /// <summary>Parse job files on several threads; off for deterministic profiling.</summary>
    public bool Parallel { get; init; } = true;
}
