using YamlDotNet.RepresentationModel;

namespace Bowsprit.Benchmarks;

/// <summary>
/// The largest corpus instance (kubevirt, ~1,650 jobs), and scaled copies of it: copy k renames every repo key
/// to <c>repo-ck</c>, every periodic to <c>name-ck</c> and every file to <c>ck-file</c>, so the copies load
/// side by side without duplicate errors and the config grows linearly.
/// </summary>
internal static class BenchCorpus
{
    public static string Root { get; } = FindCorpus();

    public static string ConfigPath => Path.Combine(Root, "kubevirt__project-infra/github/ci/prow-deploy/kustom/base/configs/current/config/config.yaml");

    public static string JobsPath => Path.Combine(Root, "kubevirt__project-infra/github/ci/prow-deploy/files/jobs");

    /// <summary>A directory with <paramref name="scale"/> copies of the job configs (scale 1 is the original).</summary>
    public static string ScaledJobs(int scale)
    {
        if (scale == 1)
        {
            return JobsPath;
        }

        var target = Path.Combine(Path.GetTempPath(), "bowsprit-bench", $"kubevirt-x{scale}");
        if (Directory.Exists(target))
        {
            return target;
        }

        var staging = target + ".tmp";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(JobsPath, "*.yaml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(JobsPath, file);
            for (var copy = 0; copy < scale; copy++)
            {
                var dir = Path.Combine(staging, $"c{copy}", Path.GetDirectoryName(relative)!);
                Directory.CreateDirectory(dir);
                var output = Path.Combine(dir, copy == 0 ? Path.GetFileName(file) : $"c{copy}-{Path.GetFileName(file)}");
                if (copy == 0)
                {
                    File.Copy(file, output);
                }
                else
                {
                    File.WriteAllText(output, Rename(File.ReadAllText(file), $"-c{copy}"));
                }
            }
        }

        Directory.Move(staging, target);
        return target;
    }

    private static string Rename(string yaml, string suffix)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return yaml;
        }

        foreach (var section in new[] { "presubmits", "postsubmits" })
        {
            if (root.Children.TryGetValue(new YamlScalarNode(section), out var node) && node is YamlMappingNode byRepo)
            {
                var renamed = new YamlMappingNode();
                foreach (var (key, value) in byRepo.Children)
                {
                    renamed.Add(new YamlScalarNode(((YamlScalarNode)key).Value + suffix), value);
                }

                root.Children[new YamlScalarNode(section)] = renamed;
            }
        }

        if (root.Children.TryGetValue(new YamlScalarNode("periodics"), out var periodics) && periodics is YamlSequenceNode list)
        {
            foreach (var job in list.Children.OfType<YamlMappingNode>())
            {
                if (job.Children.TryGetValue(new YamlScalarNode("name"), out var name) && name is YamlScalarNode scalar)
                {
                    scalar.Value += suffix;
                }
            }
        }

        var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bowsprit.slnx")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                return Directory.Exists(corpus) ? corpus : throw new DirectoryNotFoundException($"shared corpus missing at {corpus}");
            }
        }

        throw new DirectoryNotFoundException("Bowsprit.slnx not found");
    }
}
