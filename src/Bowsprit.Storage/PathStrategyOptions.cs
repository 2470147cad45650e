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
    /// <summary>
    /// The paths a job's own <c>gcs_configuration</c> asks for, else <paramref name="fallback"/>: plank's job URL,
    /// the pod utilities and crier must all place a run's files in the same directory.
    /// </summary>
    public static PathStrategyOptions For(Bowsprit.Core.Api.GcsConfiguration? gcs, PathStrategyOptions fallback) =>
        string.IsNullOrEmpty(gcs?.PathStrategy)
            ? fallback
            : new PathStrategyOptions(ParseStrategy(gcs.PathStrategy), gcs.DefaultOrg, gcs.DefaultRepo, gcs.PathPrefix);

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
