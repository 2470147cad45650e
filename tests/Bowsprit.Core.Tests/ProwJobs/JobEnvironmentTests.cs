using System.Text.Json;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using k8s.Models;

namespace Bowsprit.Core.Tests.ProwJobs;

public sealed class JobEnvironmentTests
{
    private static ProwJob Job(ProwJobType type, Refs? refs, params V1EnvVar[] env) => new()
    {
        Metadata = new V1ObjectMeta { Name = "pj-1" },
        Spec = new ProwJobSpec
        {
            Type = type,
            Job = "the-job",
            Refs = refs,
            DecorationConfig = new DecorationConfig { Timeout = TimeSpan.FromMinutes(5) },
            PodSpec = new V1PodSpec { Containers = [new V1Container { Name = "test", Env = [.. env] }] },
        },
        Status = new ProwJobStatus { BuildId = "1001" },
    };

    private static Refs BaseRefs() => new() { Org = "acme", Repo = "widgets", BaseRef = "main", BaseSha = "abc" };

    [Fact]
    public void Periodic_WithoutRefs_HasOnlyJobVariablesAndContainerEnv()
    {
        var env = JobEnvironment.For(Job(ProwJobType.Periodic, null, new V1EnvVar { Name = "FOO", Value = "bar" }));

        Assert.Equal(
            ["BUILD_ID", "BUILD_NUMBER", "CI", "FOO", "JOB_NAME", "JOB_SPEC", "JOB_TYPE", "PROW_JOB_ID"],
            env.Keys.ToArray());
        Assert.Equal("periodic", env["JOB_TYPE"]);
        Assert.Equal("1001", env["BUILD_NUMBER"]);
        Assert.Equal("pj-1", env["PROW_JOB_ID"]);
        Assert.Equal("bar", env["FOO"]);
        using var spec = JsonDocument.Parse(env["JOB_SPEC"]);
        Assert.Equal(
            ["type", "job", "buildid", "prowjobid", "decoration_config"],
            spec.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("5m0s", spec.RootElement.GetProperty("decoration_config").GetProperty("timeout").GetString());
    }

    [Fact]
    public void Postsubmit_HasRepoVariablesButNoPullVariables()
    {
        var env = JobEnvironment.For(Job(ProwJobType.Postsubmit, BaseRefs()));

        Assert.Equal("postsubmit", env["JOB_TYPE"]);
        Assert.Equal("acme", env["REPO_OWNER"]);
        Assert.Equal("widgets", env["REPO_NAME"]);
        Assert.Equal("main", env["PULL_BASE_REF"]);
        Assert.Equal("abc", env["PULL_BASE_SHA"]);
        Assert.Equal("main:abc", env["PULL_REFS"]);
        Assert.False(env.ContainsKey("PULL_NUMBER"));
    }

    [Fact]
    public void Presubmit_HasPullVariablesAndTitle_AndJobVariablesWinOverContainerEnv()
    {
        var refs = BaseRefs();
        refs.Pulls = [new Pull { Number = 7, Author = "al", Sha = "def", HeadRef = "feature", Title = "Fix it" }];

        var env = JobEnvironment.For(Job(ProwJobType.Presubmit, refs, new V1EnvVar { Name = "JOB_NAME", Value = "spoofed" }));

        Assert.Equal("presubmit", env["JOB_TYPE"]);
        Assert.Equal("the-job", env["JOB_NAME"]);
        Assert.Equal("main:abc,7:def", env["PULL_REFS"]);
        Assert.Equal("7", env["PULL_NUMBER"]);
        Assert.Equal("def", env["PULL_PULL_SHA"]);
        Assert.Equal("feature", env["PULL_HEAD_REF"]);
        Assert.Equal("Fix it", env["PULL_TITLE"]);
        using var spec = JsonDocument.Parse(env["JOB_SPEC"]);
        Assert.Equal("presubmit", spec.RootElement.GetProperty("type").GetString());
        Assert.Equal(7, spec.RootElement.GetProperty("refs").GetProperty("pulls")[0].GetProperty("number").GetInt32());
    }

    [Fact]
    public void Batch_HasAllPullsInRefsButNoSinglePullVariables()
    {
        var refs = BaseRefs();
        refs.Pulls = [new Pull { Number = 1, Sha = "s1" }, new Pull { Number = 2, Sha = "s2" }];

        var env = JobEnvironment.For(Job(ProwJobType.Batch, refs));

        Assert.Equal("batch", env["JOB_TYPE"]);
        Assert.Equal("main:abc,1:s1,2:s2", env["PULL_REFS"]);
        Assert.False(env.ContainsKey("PULL_NUMBER"));
        Assert.False(env.ContainsKey("PULL_TITLE"));
    }
}
