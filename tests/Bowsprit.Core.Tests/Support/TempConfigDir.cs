using System.IO.Compression;
using System.Text;
using Bowsprit.Core.Config.Loading;

namespace Bowsprit.Core.Tests.Support;

/// <summary>A throwaway directory holding a config.yaml and job files, loaded with the real loader.</summary>
public sealed class TempConfigDir : IDisposable
{
    public const string MinimalDecoration = """
        plank:
          default_decoration_config_entries:
          - config:
              utility_images:
                clonerefs: clonerefs:v1
                initupload: initupload:v1
                entrypoint: entrypoint:v1
                sidecar: sidecar:v1
              gcs_configuration:
                bucket: s3://artifacts
                path_strategy: explicit
        """;

    public TempConfigDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bowsprit-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(JobsDir);
    }

    public string Path { get; }

    public string ConfigPath => System.IO.Path.Combine(Path, "config.yaml");

    public string JobsDir => System.IO.Path.Combine(Path, "jobs");

    public TempConfigDir Config(string yaml)
    {
        File.WriteAllText(ConfigPath, yaml);
        return this;
    }

    public string Job(string relativePath, string yaml)
    {
        var full = System.IO.Path.Combine(JobsDir, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, yaml);
        return full;
    }

    public string GzipJob(string relativePath, string yaml)
    {
        var full = System.IO.Path.Combine(JobsDir, relativePath);
        using var file = File.Create(full);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(yaml));
        return full;
    }

    public LoadedConfig Load()
    {
        if (!File.Exists(ConfigPath))
        {
            Config("{}\n");
        }

        return ProwConfigLoader.Load(new ConfigLoadOptions(ConfigPath, JobsDir));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp dir is harmless.
        }
    }
}
