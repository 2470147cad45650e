namespace Bowsprit.Storage;

/// <summary>The part of Prow's <c>gcs_configuration</c> that decides where a job's artifacts go.</summary>
/// <param name="Strategy">The path strategy.</param>
/// <param name="DefaultOrg">Required by <see cref="PathStrategy.Legacy"/> and <see cref="PathStrategy.Single"/>.</param>
/// <param name="DefaultRepo">Required by <see cref="PathStrategy.Legacy"/> and <see cref="PathStrategy.Single"/>.</param>
/// <param name="PathPrefix">Optional folder every job directory is placed under.</param>
public sealed record PathStrategyOptions(
    PathStrategy Strategy,
    string? DefaultOrg = null,
    string? DefaultRepo = null,
    string? PathPrefix = null)
{
    /// <summary>Parses Prow's spelling of the strategy (<c>legacy</c>, <c>single</c>, <c>explicit</c>).</summary>
    public static PathStrategy ParseStrategy(string value) => value switch
    {
        "legacy" => PathStrategy.Legacy,
        "single" => PathStrategy.Single,
        "explicit" => PathStrategy.Explicit,
        _ => throw new FormatException(
            $"path_strategy '{value}' is not one of 'legacy', 'single', 'explicit'."),
    };
}
