using Bowsprit.Core.Config.Jobs;

namespace Bowsprit.Core.Config.Loading;

/// <summary>The jobs and presets read from one file, before merging.</summary>
internal sealed class JobFragment(string file)
{
    public string File { get; } = file;

    public Dictionary<string, List<Presubmit>> Presubmits { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<Postsubmit>> Postsubmits { get; } = new(StringComparer.Ordinal);

    public List<Periodic> Periodics { get; } = [];

    public List<Preset> Presets { get; } = [];

    public bool IsEmpty => Presubmits.Count == 0 && Postsubmits.Count == 0 && Periodics.Count == 0 && Presets.Count == 0;
}
