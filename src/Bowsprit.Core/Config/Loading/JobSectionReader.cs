using Bowsprit.Core.Config.Jobs;
using Bowsprit.Core.Config.Yaml;

namespace Bowsprit.Core.Config.Loading;

/// <summary>
/// Reads <c>presubmits</c>, <c>postsubmits</c>, <c>periodics</c> and <c>presets</c> job by job, so each job
/// remembers its file and line and one broken job does not hide the others.
/// </summary>
internal sealed class JobSectionReader(YamlJsonBinder binder, ConfigDiagnostics diagnostics)
{
    public static readonly IReadOnlySet<string> JobKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "presubmits", "postsubmits", "periodics", "presets",
    };

    public void Read(YMap root, JobFragment fragment)
    {
        foreach (var (key, value) in root.Entries)
        {
            if (value is YScalar { IsNull: true })
            {
                continue;
            }

            switch (key.Value)
            {
                case "presubmits":
                    ReadRepoJobs(value, key.Value, fragment.Presubmits, fragment.File);
                    break;
                case "postsubmits":
                    ReadRepoJobs(value, key.Value, fragment.Postsubmits, fragment.File);
                    break;
                case "periodics":
                    foreach (var (node, index) in Items(value, key.Value, fragment.File))
                    {
                        if (ReadJob<Periodic>(node, $"periodics[{index}]", fragment.File) is { } periodic)
                        {
                            fragment.Periodics.Add(periodic);
                        }
                    }

                    break;
                case "presets":
                    foreach (var (node, index) in Items(value, key.Value, fragment.File))
                    {
                        var scope = new BindScope(fragment.File, null, diagnostics);
                        if (binder.Bind<Preset>(node, scope, $"presets[{index}]") is { } preset)
                        {
                            preset.Source = new SourceLocation(fragment.File, node.Line);
                            fragment.Presets.Add(preset);
                        }
                    }

                    break;
            }
        }
    }

    private void ReadRepoJobs<T>(YNode section, string name, Dictionary<string, List<T>> into, string file)
        where T : RepoJob
    {
        if (section is not YMap byRepo)
        {
            diagnostics.Error(new SourceLocation(file, section.Line), null, name, "expected a mapping of org/repo to a list of jobs");
            return;
        }

        foreach (var (repoKey, jobs) in byRepo.Entries)
        {
            if (!into.TryGetValue(repoKey.Value, out var list))
            {
                list = [];
                into[repoKey.Value] = list;
            }

            foreach (var (node, index) in Items(jobs, $"{name}.{repoKey.Value}", file))
            {
                if (ReadJob<T>(node, $"{name}.{repoKey.Value}[{index}]", file) is { } job)
                {
                    job.Repository = repoKey.Value;
                    list.Add(job);
                }
            }
        }
    }

    private T? ReadJob<T>(YNode node, string path, string file)
        where T : JobBase
    {
        var name = node is YMap map && map.Get("name") is YScalar nameNode ? nameNode.Value : null;
        var scope = new BindScope(file, name ?? path, diagnostics);
        var job = binder.Bind<T>(node, scope);
        if (job is null)
        {
            return null;
        }

        job.Source = new SourceLocation(file, node.Line);
        if (node is YMap fields)
        {
            var lines = new Dictionary<string, int>(fields.Entries.Count, StringComparer.Ordinal);
            foreach (var (key, _) in fields.Entries)
            {
                lines[key.Value] = key.Line;
            }

            job.FieldLines = lines;
        }

        return job;
    }

    private IEnumerable<(YNode Node, int Index)> Items(YNode section, string path, string file)
    {
        if (section is YScalar { IsNull: true })
        {
            yield break;
        }

        if (section is not YSeq seq)
        {
            diagnostics.Error(new SourceLocation(file, section.Line), null, path, "expected a list");
            yield break;
        }

        for (var i = 0; i < seq.Items.Count; i++)
        {
            yield return (seq.Items[i], i);
        }
    }
}
