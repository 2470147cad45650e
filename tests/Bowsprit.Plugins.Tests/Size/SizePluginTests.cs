using Bowsprit.Plugins.Size;
using Bowsprit.Plugins.Tests.Support;

namespace Bowsprit.Plugins.Tests.Size;

public sealed class SizePluginTests
{
    public static TheoryData<SizeCase> Cases => new()
    {
        new SizeCase("9 lines is XS", new() { ["a.txt"] = 9 }, "size/XS"),
        new SizeCase("10 lines is S", new() { ["a.txt"] = 10 }, "size/S"),
        new SizeCase("29 lines is S", new() { ["a.txt"] = 29 }, "size/S"),
        new SizeCase("30 lines is M", new() { ["a.txt"] = 30 }, "size/M"),
        new SizeCase("99 lines is M", new() { ["a.txt"] = 99 }, "size/M"),
        new SizeCase("100 lines is L", new() { ["a.txt"] = 100 }, "size/L"),
        new SizeCase("499 lines is L", new() { ["a.txt"] = 499 }, "size/L"),
        new SizeCase("500 lines is XL", new() { ["a.txt"] = 500 }, "size/XL"),
        new SizeCase("999 lines is XL", new() { ["a.txt"] = 999 }, "size/XL"),
        new SizeCase("1000 lines is XXL", new() { ["a.txt"] = 1000 }, "size/XXL"),
        new SizeCase("lines across files add up", new() { ["a.txt"] = 5, ["b/c.txt"] = 5 }, "size/S"),
        new SizeCase("deletions count", new() { ["old.txt"] = null }, "size/S", Base: new() { ["old.txt"] = Lines(20) }),
        new SizeCase("generated path is excluded", new() { ["gen.txt"] = 500, ["a.txt"] = 3 }, "size/XS", Base: new() { [".generated_files"] = "# generated\npath gen.txt\n" }),
        new SizeCase("generated file name is excluded", new() { ["pkg/zz_generated.go"] = 200, ["a.txt"] = 12 }, "size/S", Base: new() { [".generated_files"] = "file-name zz_generated.go\n" }),
        new SizeCase("generated path prefix is excluded", new() { ["vendor/x/y.go"] = 300 }, "size/XS", Base: new() { [".generated_files"] = "path-prefix vendor/\n" }),
        new SizeCase("generated file prefix is excluded", new() { ["api/zz_deepcopy.go"] = 300 }, "size/XS", Base: new() { [".generated_files"] = "file-prefix zz_\n" }),
        new SizeCase("paths listed in another file are excluded", new() { ["docs/api.md"] = 100 }, "size/XS",
            Base: new() { [".generated_files"] = "paths-from-repo hack/generated.txt\n", ["hack/generated.txt"] = "docs/api.md\n" }),
        new SizeCase("linguist-generated is excluded", new() { ["api/x.pb.go"] = 400, ["a.txt"] = 30 }, "size/M", Base: new() { [".gitattributes"] = "*.pb.go linguist-generated=true\n" }),
        new SizeCase("linguist-generated under a directory", new() { ["gen/deep/x.go"] = 400 }, "size/XS", Base: new() { [".gitattributes"] = "/gen/** linguist-generated\n" }),
        new SizeCase("a later line unsets linguist-generated", new() { ["keep.pb.go"] = 40 }, "size/M",
            Base: new() { [".gitattributes"] = "*.pb.go linguist-generated\nkeep.pb.go -linguist-generated\n" }),
        new SizeCase("a stale size label is replaced", new() { ["a.txt"] = 3 }, "size/XS", Initial: ["size/XXL", "kind/bug"], Action: "synchronize"),
        new SizeCase("the right label is kept", new() { ["a.txt"] = 3 }, "size/XS", Initial: ["size/XS"], Action: "synchronize"),
        new SizeCase("configured thresholds", new() { ["a.txt"] = 6 }, "size/S", PluginsYaml: "size:\n  s: 5\n  m: 8\n"),
        new SizeCase("other actions are ignored", new() { ["a.txt"] = 3 }, null, Action: "labeled"),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task HandlePullRequest_ChangedLines_SetOneSizeLabel(SizeCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        if (c.Base is not null)
        {
            await harness.CommitAsync("main", c.Base.ToDictionary(kv => kv.Key, kv => (string?)kv.Value), ct);
        }

        var files = c.Changes.ToDictionary(kv => kv.Key, kv => kv.Value is { } n ? Lines(n) : null);
        var pr = await harness.OpenPullAsync("bob", "size", files, ct);
        if (c.Initial is not null)
        {
            await harness.Client("alice").AddLabelsAsync(PluginHarness.Org, harness.Repo, pr.Number, c.Initial, ct);
        }

        var plugins = c.PluginsYaml is null ? null : PluginHarness.LoadPlugins(c.PluginsYaml);
        await new SizePlugin().HandlePullRequestAsync(harness.Context(plugins: plugins), await harness.PullRequestEventAsync(pr.Number, c.Action, "bob", ct), ct);

        var labels = (await harness.Client("alice").GetIssueLabelsAsync(PluginHarness.Org, harness.Repo, pr.Number, ct)).Select(l => l.Name).ToList();
        var sizes = labels.Where(l => l.StartsWith("size/", StringComparison.Ordinal)).ToList();
        Assert.Equal(c.Expect is null ? [] : [c.Expect], sizes);
        Assert.Equal((c.Initial ?? []).Where(l => !l.StartsWith("size/", StringComparison.Ordinal)), labels.Except(sizes));
    }

    private static string Lines(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"line {i}\n"));
}
