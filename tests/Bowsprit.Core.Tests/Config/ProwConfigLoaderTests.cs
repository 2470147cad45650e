using Bowsprit.Core.Tests.Support;

namespace Bowsprit.Core.Tests.Config;

public sealed class ProwConfigLoaderTests
{
    private const string Job = """
        presubmits:
          org/repo:
          - name: unit
            spec:
              containers:
              - image: alpine
        """;

    [Fact]
    public void Load_YamlSyntaxError_ReportsFileAndLine()
    {
        using var dir = new TempConfigDir();
        var file = dir.Job("broken.yaml", "presubmits:\n  org/repo:\n  - name: a\n    branches: [main\n    spec: {}\n");

        var loaded = dir.Load();

        var error = Assert.Single(loaded.Errors);
        Assert.Equal(file, error.Location.File);
        Assert.InRange(error.Location.Line, 4, 6);
        Assert.StartsWith($"{file}:{error.Location.Line}: error: invalid YAML", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ConfigYamlSyntaxError_ReportsConfigFile()
    {
        using var dir = new TempConfigDir();
        dir.Config("plank:\n  job_url_template: 'unterminated\n");

        var loaded = dir.Load();

        Assert.Contains(loaded.Errors, e => e.Location.File == dir.ConfigPath && e.Message.StartsWith("invalid YAML", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_Directory_FollowsProwDiscoveryRules()
    {
        using var dir = new TempConfigDir();
        dir.Job("a/one.yaml", Job);
        dir.Job("b/two.yml", Job.Replace("org/repo", "org/other", StringComparison.Ordinal));
        dir.Job("b/notes.txt", "not yaml");
        dir.Job("..data/three.yaml", Job.Replace("org/repo", "org/hidden", StringComparison.Ordinal));
        dir.GzipJob("four.yaml", Job.Replace("org/repo", "org/zipped", StringComparison.Ordinal));

        var loaded = dir.Load();

        DiagnosticAssert.None(loaded.Errors);
        Assert.Equal(["org/other", "org/repo", "org/zipped"], loaded.Config.Presubmits!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, loaded.FileCount);
    }

    [Fact]
    public void Load_DuplicateBasenames_IsAnError()
    {
        using var dir = new TempConfigDir();
        dir.Job("a/jobs.yaml", Job);
        var second = dir.Job("b/jobs.yaml", Job.Replace("org/repo", "org/other", StringComparison.Ordinal));

        var loaded = dir.Load();

        var error = Assert.Single(loaded.Errors);
        Assert.Equal(second, error.Location.File);
        Assert.Contains("duplicate job config file name jobs.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ProwIgnore_SkipsMatchingFiles()
    {
        using var dir = new TempConfigDir();
        dir.Job("keep.yaml", Job);
        dir.Job("generated/skip.yaml", "presubmits: [broken");
        File.WriteAllText(Path.Combine(dir.JobsDir, ".prowignore"), "# generated stuff\ngenerated/\n");

        var loaded = dir.Load();

        DiagnosticAssert.None(loaded.Errors);
        Assert.Equal(1, loaded.PresubmitCount);
    }

    [Fact]
    public void Load_JobsAcrossFiles_MergePerRepo()
    {
        using var dir = new TempConfigDir();
        dir.Config("presubmits:\n  org/repo:\n  - name: from-config\n    spec:\n      containers:\n      - image: x\n");
        dir.Job("one.yaml", Job);
        dir.Job("two.yaml", Job.Replace("name: unit", "name: lint", StringComparison.Ordinal));

        var loaded = dir.Load();

        DiagnosticAssert.None(loaded.Errors);
        Assert.Equal(["from-config", "unit", "lint"], loaded.Config.PresubmitsFor("org/repo").Select(static j => j.Name));
        Assert.Equal("3 presubmits, 0 postsubmits, 0 periodics in 3 files", loaded.Summary);
    }

    [Fact]
    public void Load_MergeKeysAndAnchors_ResolveLikeGoYaml()
    {
        using var dir = new TempConfigDir();
        dir.Job("anchors.yaml", """
            base: &base
              always_run: true
              optional: true
            presubmits:
              org/repo:
              - <<: *base
                name: unit
                optional: false
                spec:
                  containers:
                  - image: alpine
            """);

        var loaded = dir.Load();

        var job = Assert.Single(loaded.Config.PresubmitsFor("org/repo"));
        Assert.True(job.AlwaysRun);
        Assert.False(job.Optional);
        Assert.Contains(loaded.Warnings, w => w.Message.StartsWith("unknown field", StringComparison.Ordinal) && w.Field == "base");
    }

    [Fact]
    public void Load_PlainScalarsIntoStrings_AreResolvedFirst()
    {
        using var dir = new TempConfigDir();
        dir.Job("scalars.yaml", """
            periodics:
            - name: p
              interval: 1h
              labels:
                enabled: yes
                quoted: "yes"
              spec:
                containers:
                - image: alpine
            """);

        var job = Assert.Single(dir.Load().Config.AllPeriodics);

        Assert.Equal("true", job.Labels!["enabled"]);
        Assert.Equal("yes", job.Labels["quoted"]);
    }

    [Fact]
    public void Load_VersionFile_SetsConfigVersionSha()
    {
        using var dir = new TempConfigDir();
        dir.Config("{}\n");
        File.WriteAllText(Path.Combine(dir.Path, "VERSION"), "abc123\n");

        Assert.Equal("abc123", dir.Load().Config.ConfigVersionSha);
    }

    [Fact]
    public void Load_MissingConfigFile_IsAnError()
    {
        var loaded = Core.Config.Loading.ProwConfigLoader.Load(new("/nonexistent/config.yaml"));

        Assert.Contains(loaded.Errors, static e => e.Message == "config file does not exist");
    }
}
