namespace Bowsprit.Core.Tests.Config;

/// <summary>One Prow instance in the shared corpus, with the counts STATS.md states for it.</summary>
public sealed record CorpusInstance(string Name, string ConfigPath, string JobConfigPath, string PluginsPath)
{
    public int Presubmits { get; init; }

    public int Postsubmits { get; init; }

    public int Periodics { get; init; }

    public override string ToString() => Name;
}
