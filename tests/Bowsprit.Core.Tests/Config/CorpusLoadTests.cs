using Bowsprit.Core.Config.Loading;
using Bowsprit.Core.Plugins;
using Bowsprit.Core.Tests.Support;

namespace Bowsprit.Core.Tests.Config;

public sealed class CorpusLoadTests
{
    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void Load_CorpusInstance_HasNoErrorsAndStatsCounts(string name)
    {
        var instance = Corpus.Get(name);

        var loaded = ProwConfigLoader.Load(new ConfigLoadOptions(instance.ConfigPath, instance.JobConfigPath));

        DiagnosticAssert.None(loaded.Errors);
        Assert.Equal(instance.Presubmits, loaded.PresubmitCount);
        Assert.Equal(instance.Postsubmits, loaded.PostsubmitCount);
        Assert.Equal(instance.Periodics, loaded.PeriodicCount);
        var jobFiles = Directory.EnumerateFiles(instance.JobConfigPath, "*.y*ml", SearchOption.AllDirectories).Count();
        Assert.Equal(jobFiles + 1, loaded.FileCount);
    }

    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void Load_CorpusInstance_StrictModeHasNoUnknownFields(string name)
    {
        var instance = Corpus.Get(name);

        var loaded = ProwConfigLoader.Load(new ConfigLoadOptions(instance.ConfigPath, instance.JobConfigPath));

        DiagnosticAssert.None(loaded.Warnings.Where(static w => w.Message.StartsWith("unknown field", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Corpus.Names), MemberType = typeof(Corpus))]
    public void LoadPlugins_CorpusInstance_HasNoErrors(string name)
    {
        var instance = Corpus.Get(name);

        var (config, diagnostics) = PluginsConfigLoader.Load(instance.PluginsPath);

        Assert.Empty(diagnostics.Where(static d => d.IsError).Select(static d => d.ToString()));
        Assert.NotEmpty(config.Plugins ?? []);
    }

    [Fact]
    public void Load_Kubevirt_AppliesDefaultsAndPresets()
    {
        var instance = Corpus.Get("kubevirt/project-infra");

        var config = ProwConfigLoader.Load(new ConfigLoadOptions(instance.ConfigPath, instance.JobConfigPath)).Config;

        var presubmits = config.PresubmitsFor("kubevirt/kubevirt");
        Assert.NotEmpty(presubmits);
        Assert.All(presubmits, job =>
        {
            Assert.False(string.IsNullOrEmpty(job.Context));
            Assert.NotNull(job.TriggerRegex);
            Assert.True(job.TriggerMatches(job.RerunCommand!), $"{job.Name}: rerun command must match trigger");
        });
        Assert.All(config.AllPeriodics, static p => Assert.NotNull(p.Schedule));
        Assert.Contains(config.AllPresubmits, static j => j.IsDecorated && j.DecorationConfig?.GcsConfiguration?.Bucket == "kubevirt-prow");
    }
}
