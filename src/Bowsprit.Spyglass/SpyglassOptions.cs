using Bowsprit.Core.Config.Sections;
using Bowsprit.Storage;

namespace Bowsprit.Spyglass;

/// <summary>
/// What spyglass serves: which buckets it may read (Prow only shows configured buckets), where its lens
/// configuration comes from and how the log viewer behaves.
/// </summary>
public sealed class SpyglassOptions
{
    /// <summary>
    /// The provider segment of <c>/view/PROVIDER/BUCKET/...</c> for the embedded local artifact store. Plank produces
    /// such URLs when a job's <c>gcs_configuration.bucket</c> is <c>local://NAME</c> (it splits at the scheme), so
    /// register the local store with <c>AddBucket(LocalProvider, NAME, store)</c>.
    /// </summary>
    public const string LocalProvider = "local";

    private readonly Dictionary<string, IArtifactStore> _buckets = new(StringComparer.Ordinal);

    /// <summary>The <c>deck.spyglass</c> section, read on every request so config reloads apply; null means defaults.</summary>
    public Func<SpyglassConfig?> Config { get; set; } = static () => null;

    /// <summary>Links to repositories, commits, pulls and authors are built under this when refs carry no links.</summary>
    public Uri CodeHostUrl { get; set; } = new("https://github.com");

    /// <summary>How often a page polls a running job's log for new lines.</summary>
    public TimeSpan LivePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Lines rendered into the page itself, so the first screen needs no second request.</summary>
    public int FirstScreenLines { get; set; } = 120;

    /// <summary>Most bytes one tail response carries; a log that grew more is caught up over several responses.</summary>
    public int MaxTailBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Most matches one log search returns.</summary>
    public int MaxSearchMatches { get; set; } = 1000;

    /// <summary>Lets <c>/view/PROVIDER/BUCKET/...</c> read <paramref name="store"/>; provider is <c>gs</c>, <c>s3</c> or <see cref="LocalProvider"/>.</summary>
    public SpyglassOptions AddBucket(string provider, string bucket, IArtifactStore store)
    {
        ArgumentException.ThrowIfNullOrEmpty(provider);
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        ArgumentNullException.ThrowIfNull(store);
        _buckets[Key(provider, bucket)] = store;
        return this;
    }

    /// <summary>
    /// The store for buckets nobody registered. Embedded mode sets it to the local store: its runtime writes every
    /// run there whatever bucket the job's <c>gcs_configuration</c> names, so an existing Prow config's job URLs
    /// (<c>/view/gs/BUCKET/...</c>) open the local copies. Null (the default) refuses unknown buckets.
    /// </summary>
    public IArtifactStore? AnyOtherBucket { get; set; }

    internal IArtifactStore? FindBucket(string provider, string bucket) =>
        // Prow's legacy "gcs" provider names the same buckets as "gs".
        _buckets.GetValueOrDefault(Key(provider == "gcs" ? "gs" : provider, bucket)) ?? AnyOtherBucket;

    private static string Key(string provider, string bucket) => provider + "/" + bucket;
}
