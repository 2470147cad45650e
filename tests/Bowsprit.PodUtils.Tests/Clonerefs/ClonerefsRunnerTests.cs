using System.Text.Json;
using Bowsprit.Core.Api;
using Bowsprit.PodUtils.Clonerefs;
using Bowsprit.Testing.Git;

namespace Bowsprit.PodUtils.Tests.Clonerefs;

public sealed class ClonerefsRunnerTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string SrcRoot => _dir.File("go");

    private string RecordsPath => _dir.File("clone.json");

    private ClonerefsOptions Options(params Refs[] refs) => new()
    {
        SrcRoot = SrcRoot,
        Log = RecordsPath,
        GitUserName = "bowsprit-bot",
        GitUserEmail = "bot@example.com",
        Refs = refs,
    };

    private static Refs Refs(UpstreamRepo upstream, string? baseSha = null, params Pull[] pulls) => new()
    {
        Org = "acme",
        Repo = "widgets",
        BaseRef = "main",
        BaseSha = baseSha,
        CloneUri = upstream.CloneUri,
        Pulls = [.. pulls],
    };

    private static Task<ClonerefsResult> RunAsync(ClonerefsOptions options) =>
        new ClonerefsRunner(options, TimeProvider.System).RunAsync(TestContext.Current.CancellationToken);

    private async Task<UpstreamRepo> UpstreamAsync() => await UpstreamRepo.CreateAsync(_dir.File("remote"));

    [Fact]
    public async Task RunAsync_BaseOnly_ChecksOutBaseBranchInGopathLayout()
    {
        var upstream = await UpstreamAsync();
        var baseSha = await upstream.CommitToMainAsync("README.md", "hello\n");

        var result = await RunAsync(Options(Refs(upstream)));

        var clone = Path.Combine(SrcRoot, "src", "github.com", "acme", "widgets");
        var record = Assert.Single(result.Records);
        Assert.False(record.Failed);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(baseSha, record.FinalSha);
        Assert.True(File.Exists(Path.Combine(clone, "README.md")));
        Assert.Equal("main", await LocalGit.RunAsync(clone, "rev-parse", "--abbrev-ref", "HEAD"));
    }

    [Fact]
    public async Task RunAsync_BaseAndPull_MergesWithNoFastForwardUnderCiIdentity()
    {
        var upstream = await UpstreamAsync();
        var baseSha = await upstream.CommitToMainAsync("README.md", "hello\n");
        var pullSha = await upstream.OpenPullAsync(1, baseSha, "feature.txt", "new\n");

        var result = await RunAsync(Options(Refs(upstream, baseSha, new Pull { Number = 1, Author = "alice", Sha = pullSha })));

        var clone = Path.Combine(SrcRoot, "src", "github.com", "acme", "widgets");
        var record = Assert.Single(result.Records);
        Assert.False(record.Failed, string.Join("\n", record.Commands.Select(c => c.Command + ": " + c.Output)));
        Assert.Equal($"{baseSha} {pullSha}", await LocalGit.RunAsync(clone, "log", "-1", "--format=%P"));
        Assert.Equal("bowsprit-bot <bot@example.com>", await LocalGit.RunAsync(clone, "log", "-1", "--format=%cn <%ce>"));
        Assert.Equal(await LocalGit.RunAsync(clone, "rev-parse", "HEAD"), record.FinalSha);
        Assert.True(File.Exists(Path.Combine(clone, "feature.txt")));
        Assert.Contains(record.Commands, c => c.Command == $"git merge --no-ff {pullSha}");
    }

    [Fact]
    public async Task RunAsync_SameRefsTwice_GivesTheSameMergeSha()
    {
        var upstream = await UpstreamAsync();
        var baseSha = await upstream.CommitToMainAsync("README.md", "hello\n");
        var pullSha = await upstream.OpenPullAsync(1, baseSha, "feature.txt", "new\n");
        var refs = Refs(upstream, baseSha, new Pull { Number = 1, Sha = pullSha });

        var first = await RunAsync(Options(refs));
        var second = await RunAsync(Options(refs) with { SrcRoot = _dir.File("go2") });

        Assert.Equal(first.Records[0].FinalSha, second.Records[0].FinalSha);
    }

    [Fact]
    public async Task RunAsync_PathAlias_ClonesUnderTheAlias()
    {
        var upstream = await UpstreamAsync();
        await upstream.CommitToMainAsync("README.md", "hello\n");
        var refs = Refs(upstream);
        refs.PathAlias = "k8s.io/widgets";

        await RunAsync(Options(refs));

        Assert.True(File.Exists(Path.Combine(SrcRoot, "src", "k8s.io", "widgets", "README.md")));
        Assert.False(Directory.Exists(Path.Combine(SrcRoot, "src", "github.com")));
    }

    [Fact]
    public async Task RunAsync_CloneDepthOne_FetchesAShallowHistory()
    {
        var upstream = await UpstreamAsync();
        await upstream.CommitToMainAsync("README.md", "one\n");
        var head = await upstream.CommitToMainAsync("README.md", "two\n");
        var refs = Refs(upstream);
        refs.CloneDepth = 1;

        var result = await RunAsync(Options(refs));

        var clone = Path.Combine(SrcRoot, "src", "github.com", "acme", "widgets");
        Assert.Equal(head, result.Records[0].FinalSha);
        Assert.Equal("1", await LocalGit.RunAsync(clone, "rev-list", "--count", "HEAD"));
        Assert.Equal("true", await LocalGit.RunAsync(clone, "rev-parse", "--is-shallow-repository"));
    }

    [Fact]
    public async Task RunAsync_MergeConflict_IsRecordedAsFailedAndExitsZeroUnlessFailIsSet()
    {
        var upstream = await UpstreamAsync();
        var first = await upstream.CommitToMainAsync("README.md", "base\n");
        var pullSha = await upstream.OpenPullAsync(7, first, "README.md", "from the pull\n");
        var baseSha = await upstream.CommitToMainAsync("README.md", "moved on\n");
        var refs = Refs(upstream, baseSha, new Pull { Number = 7, Sha = pullSha });

        var lenient = await RunAsync(Options(refs));
        var strict = await RunAsync(Options(refs) with { SrcRoot = _dir.File("go2"), Fail = true });

        var record = Assert.Single(lenient.Records);
        Assert.True(record.Failed);
        Assert.Equal("", record.FinalSha);
        var merge = record.Commands[^1];
        Assert.Equal($"git merge --no-ff {pullSha}", merge.Command);
        Assert.NotEqual("", merge.Error);
        Assert.Contains("CONFLICT", merge.Output, StringComparison.Ordinal);
        Assert.Equal(0, lenient.ExitCode);
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public async Task RunAsync_WritesProwShapedCloneRecords()
    {
        var upstream = await UpstreamAsync();
        await upstream.CommitToMainAsync("README.md", "hello\n");

        await RunAsync(Options(Refs(upstream)));

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(RecordsPath, TestContext.Current.CancellationToken));
        var record = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("acme", record.GetProperty("refs").GetProperty("org").GetString());
        Assert.Equal("widgets", record.GetProperty("refs").GetProperty("repo").GetString());
        Assert.Equal(JsonValueKind.Number, record.GetProperty("duration").ValueKind);
        Assert.Equal(40, record.GetProperty("final_sha").GetString()!.Length);
        Assert.False(record.TryGetProperty("failed", out _), "failed is omitempty in Prow");
        var commands = record.GetProperty("commands").EnumerateArray().ToList();
        Assert.Equal("git init", commands[0].GetProperty("command").GetString());
        Assert.All(commands, c =>
        {
            Assert.Equal(JsonValueKind.Number, c.GetProperty("duration").ValueKind);
            Assert.False(c.TryGetProperty("error", out _));
        });
    }
}
