using Bowsprit.PodUtils.Clonerefs;

namespace Bowsprit.PodUtils.Tests.Clonerefs;

public sealed class ClonerefsOptionsParserTests
{
    [Fact]
    public void Parse_ProwDocument_ReadsRefsAndPulls()
    {
        const string json = """
            {"src_root":"/home/prow/go","log":"/logs/clone.json","git_user_name":"ci-robot","git_user_email":"ci-robot@k8s.io",
             "refs":[{"org":"kubernetes","repo":"test-infra","repo_link":"https://github.com/kubernetes/test-infra",
                      "base_ref":"master","base_sha":"abc","pulls":[{"number":5,"author":"bob","sha":"def","ref":"refs/changes/5"}],
                      "path_alias":"k8s.io/test-infra","workdir":true,"clone_uri":"https://example.com/ti.git",
                      "skip_submodules":true,"clone_depth":1,"skip_fetch_head":true}],
             "max_parallel_worker":2,"fail":true}
            """;

        var options = ClonerefsOptionsParser.Parse(json);

        Assert.Equal("/home/prow/go", options.SrcRoot);
        Assert.Equal("/logs/clone.json", options.Log);
        Assert.Equal(2, options.MaxParallelWorkers);
        Assert.True(options.Fail);
        var refs = Assert.Single(options.Refs);
        Assert.Equal(("kubernetes", "test-infra", "master", "abc"), (refs.Org, refs.Repo, refs.BaseRef, refs.BaseSha));
        Assert.Equal(("k8s.io/test-infra", "https://example.com/ti.git", 1), (refs.PathAlias, refs.CloneUri, refs.CloneDepth));
        Assert.True(refs.SkipSubmodules && refs.SkipFetchHead && refs.WorkDir);
        var pull = Assert.Single(refs.Pulls!);
        Assert.Equal((5, "bob", "def", "refs/changes/5"), (pull.Number, pull.Author, pull.Sha, pull.Ref));
    }

    [Fact]
    public void Parse_NoIdentity_DefaultsToProwsCiRobot()
    {
        var options = ClonerefsOptionsParser.Parse("""{"src_root":"/s","log":"/l","refs":[]}""");

        Assert.Equal("ci-robot", options.EffectiveGitUserName);
        Assert.Equal("ci-robot@k8s.io", options.EffectiveGitUserEmail);
    }

    [Theory]
    [InlineData("""{"log":"/l"}""", "\"src_root\"")]
    [InlineData("""{"src_root":"/s"}""", "\"log\"")]
    [InlineData("""{"src_root":"/s","log":"/l","refs":[{"org":"o","base_ref":"main"}]}""", "\"refs[0]\"")]
    [InlineData("""{"src_root":"/s","log":"/l","refs":[{"org":"o","repo":"r"}]}""", "\"refs[0].base_ref\"")]
    [InlineData("""{"src_root":"/s","log":"/l","refs":{}}""", "$.refs")]
    public void Parse_InvalidDocument_NamesTheField(string json, string expected)
    {
        var error = Assert.Throws<OptionsParseException>(() => ClonerefsOptionsParser.Parse(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "/r/src/github.com/o/r")]
    [InlineData("k8s.io/r", null, "/r/src/k8s.io/r")]
    [InlineData(null, "https://gitlab.example.com/o/r", "/r/src/gitlab.example.com/o/r")]
    public void ClonePath_For_FollowsSpec(string? alias, string? repoLink, string expected)
    {
        var refs = new Core.Api.Refs { Org = "o", Repo = "r", PathAlias = alias, RepoLink = repoLink };

        Assert.Equal(expected, ClonePath.For("/r", refs));
    }
}
