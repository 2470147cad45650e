using System.Globalization;
using Bowsprit.Core.Tests.Support;

namespace Bowsprit.Core.Tests.Config;

/// <summary>The six Prow instances of <c>../shared/corpus</c>, with expected counts read from its STATS.md.</summary>
public static class Corpus
{
    private static readonly (string Name, string Config, string Jobs, string Plugins)[] Layout =
    [
        ("istio/test-infra (prow/gcp instance)", "istio__test-infra/prow/gcp/config.yaml", "istio__test-infra/prow/gcp/cluster/jobs", "istio__test-infra/prow/gcp/plugins.yaml"),
        ("istio/test-infra (prow/aws instance)", "istio__test-infra/prow/aws/config.yaml", "istio__test-infra/prow/aws/cluster/jobs", "istio__test-infra/prow/aws/plugins.yaml"),
        ("kubevirt/project-infra", "kubevirt__project-infra/github/ci/prow-deploy/kustom/base/configs/current/config/config.yaml", "kubevirt__project-infra/github/ci/prow-deploy/files/jobs", "kubevirt__project-infra/github/ci/prow-deploy/kustom/base/configs/current/plugins/plugins.yaml"),
        ("GoogleCloudPlatform/oss-test-infra", "GoogleCloudPlatform__oss-test-infra/prow/oss/config.yaml", "GoogleCloudPlatform__oss-test-infra/prow/prowjobs", "GoogleCloudPlatform__oss-test-infra/prow/oss/plugins.yaml"),
        ("knative/infra", "knative__infra/prow/config.yaml", "knative__infra/prow/jobs", "knative__infra/prow/plugins.yaml"),
        ("metal3-io/project-infra", "metal3-io__project-infra/prow/config/config.yaml", "metal3-io__project-infra/prow/config/jobs", "metal3-io__project-infra/prow/config/plugins.yaml"),
    ];

    public static IReadOnlyList<CorpusInstance> Instances { get; } = Load();

    public static TheoryData<string> Names => [.. Layout.Select(static l => l.Name)];

    public static CorpusInstance Get(string name) => Instances.Single(i => i.Name == name);

    private static List<CorpusInstance> Load()
    {
        var root = RepoPaths.Corpus;
        var rows = ReadSummaryTable(Path.Combine(root, "STATS.md"));
        return [.. Layout.Select(l =>
        {
            if (!rows.TryGetValue(l.Name, out var counts))
            {
                throw new InvalidOperationException($"STATS.md has no summary row for {l.Name}");
            }

            return new CorpusInstance(l.Name, Path.Combine(root, l.Config), Path.Combine(root, l.Jobs), Path.Combine(root, l.Plugins))
            {
                Presubmits = counts[0],
                Postsubmits = counts[1],
                Periodics = counts[2],
            };
        })];
    }

    /// <summary>Rows of the "## Summary" table: project → presubmits, postsubmits, periodics.</summary>
    private static Dictionary<string, int[]> ReadSummaryTable(string statsPath)
    {
        var rows = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var inSummary = false;
        foreach (var line in File.ReadLines(statsPath))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inSummary = line.Trim() == "## Summary";
                continue;
            }

            if (!inSummary || !line.StartsWith('|'))
            {
                continue;
            }

            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length > 4 && int.TryParse(cells[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pre))
            {
                rows[cells[1]] = [pre, int.Parse(cells[3], CultureInfo.InvariantCulture), int.Parse(cells[4], CultureInfo.InvariantCulture)];
            }
        }

        return rows;
    }
}
