using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Jobs;
using Bowsprit.Core.Config.Defaulting;
using Bowsprit.Core.Config.Validation;
using Bowsprit.Core.Config.Yaml;
using Bowsprit.Core.Regexes;
using YamlDotNet.Core;

namespace Bowsprit.Core.Config.Loading;

/// <summary>
/// Loads Prow's <c>config.yaml</c> and job configs, merges them, applies Prow's defaults and validates the
/// result. Never throws for bad config: every problem becomes a <see cref="ConfigDiagnostic"/>.
/// </summary>
public static class ProwConfigLoader
{
    public static LoadedConfig Load(ConfigLoadOptions options)
    {
        var diagnostics = new ConfigDiagnostics();
        var binder = new YamlJsonBinder(ProwJson.Options);
        var config = new ProwConfig();
        var fragments = new List<JobFragment>();
        var fileCount = 0;

        if (ReadTree(options.ConfigPath, diagnostics) is { } root)
        {
            fileCount++;
            if (root is YMap map)
            {
                var scope = new BindScope(options.ConfigPath, null, diagnostics);
                config = binder.Bind<ProwConfig>(map, scope, skipKeys: JobSectionReader.JobKeys) ?? new ProwConfig();
                config.SectionLines = map.Entries.ToDictionary(static e => e.Key.Value, static e => e.Key.Line, StringComparer.Ordinal);
                var fragment = new JobFragment(options.ConfigPath);
                new JobSectionReader(binder, diagnostics).Read(map, fragment);
                fragments.Add(fragment);
            }
            else
            {
                diagnostics.Error(new SourceLocation(options.ConfigPath, root.Line), null, null, "expected a mapping at the top level");
            }
        }
        else if (!File.Exists(options.ConfigPath))
        {
            diagnostics.Error(new SourceLocation(options.ConfigPath, 0), null, null, "config file does not exist");
        }
        else
        {
            fileCount++;
        }

        config.SourcePath = options.ConfigPath;
        config.ConfigVersionSha = ReadVersion(options.ConfigPath);
        config.Presubmits = null;
        config.Postsubmits = null;
        config.Periodics = null;
        config.Presets = null;

        if (!string.IsNullOrEmpty(options.JobConfigPath))
        {
            var files = JobConfigDiscovery.Discover(options.JobConfigPath, diagnostics)
                .Where(f => Path.GetFullPath(f) != Path.GetFullPath(options.ConfigPath))
                .ToList();
            var read = new JobFragment?[files.Count];
            var parallelism = options.Parallel ? Environment.ProcessorCount : 1;
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
                read[i] = ReadJobFile(files[i], binder, diagnostics));
            fragments.AddRange(read.OfType<JobFragment>());
            fileCount += files.Count;
        }

        Merge(config, fragments, diagnostics);
        var regexes = new RegexCache();
        new JobDefaulter(config, regexes, diagnostics).Apply();
        new ConfigValidator(config, diagnostics).Validate();
        return new LoadedConfig(config, diagnostics.Items, fileCount);
    }

    private static JobFragment? ReadJobFile(string file, YamlJsonBinder binder, ConfigDiagnostics diagnostics)
    {
        var fragment = new JobFragment(file);
        switch (ReadTree(file, diagnostics))
        {
            case null:
                return fragment;
            case YMap map:
                foreach (var (key, _) in map.Entries)
                {
                    // prow_ignored may hold anything (usually YAML anchors shared by the jobs below).
                    if (!JobSectionReader.JobKeys.Contains(key.Value) && key.Value != "prow_ignored")
                    {
                        new BindScope(file, null, diagnostics).Unknown(key, key.Value);
                    }
                }

                new JobSectionReader(binder, diagnostics).Read(map, fragment);
                return fragment;
            case var other:
                diagnostics.Error(new SourceLocation(file, other.Line), null, null, "expected a mapping at the top level");
                return null;
        }
    }

    private static YNode? ReadTree(string file, ConfigDiagnostics diagnostics)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            var reader = new YamlTreeReader();
            var root = reader.Read(ConfigFileReader.ReadText(file));
            foreach (var (line, message) in reader.Warnings)
            {
                diagnostics.Warning(new SourceLocation(file, line), null, null, message);
            }

            return root;
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            diagnostics.Error(new SourceLocation(file, (int)e.Start.Line), null, null, $"invalid YAML: {StripMark(message)}");
            return null;
        }
        catch (IOException e)
        {
            diagnostics.Error(new SourceLocation(file, 0), null, null, $"cannot read: {e.Message}");
            return null;
        }
    }

    private static string StripMark(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; we print file:line ourselves.
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker > 0 ? message[(marker + 3)..] : message;
    }

    private static string? ReadVersion(string configPath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(configPath));
        var version = dir is null ? null : Path.Combine(dir, "VERSION");
        return version is not null && File.Exists(version) ? File.ReadAllText(version).Trim() : null;
    }

    private static void Merge(ProwConfig config, List<JobFragment> fragments, ConfigDiagnostics diagnostics)
    {
        var presubmits = new Dictionary<string, List<Presubmit>>(StringComparer.Ordinal);
        var postsubmits = new Dictionary<string, List<Postsubmit>>(StringComparer.Ordinal);
        var periodics = new List<Periodic>();
        var presets = new List<Preset>();
        foreach (var fragment in fragments)
        {
            Append(presubmits, fragment.Presubmits);
            Append(postsubmits, fragment.Postsubmits);
            periodics.AddRange(fragment.Periodics);
            foreach (var preset in fragment.Presets)
            {
                var duplicate = presets.Find(p => SameLabels(p.Labels, preset.Labels));
                if (duplicate is not null && preset.Labels is { Count: > 0 })
                {
                    var pairs = string.Join(",", preset.Labels.Select(static kv => $"{kv.Key}:{kv.Value}"));
                    diagnostics.Error(preset.Source, null, "labels", $"duplicated preset labels {pairs} (also at {duplicate.Source})");
                    continue;
                }

                presets.Add(preset);
            }
        }

        config.Presubmits = presubmits;
        config.Postsubmits = postsubmits;
        config.Periodics = periodics;
        config.Presets = presets;
    }

    private static void Append<T>(Dictionary<string, List<T>> into, Dictionary<string, List<T>> from)
    {
        foreach (var (repo, jobs) in from)
        {
            if (!into.TryGetValue(repo, out var list))
            {
                list = [];
                into[repo] = list;
            }

            list.AddRange(jobs);
        }
    }

    private static bool SameLabels(Dictionary<string, string>? a, Dictionary<string, string>? b) =>
        (a?.Count ?? 0) == (b?.Count ?? 0) && (a ?? []).All(kv => b is not null && b.TryGetValue(kv.Key, out var v) && v == kv.Value);
}
