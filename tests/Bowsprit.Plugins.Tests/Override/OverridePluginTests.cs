using Bowsprit.Core.Api;
using Bowsprit.Plugins.Override;
using Bowsprit.Plugins.Tests.Support;

namespace Bowsprit.Plugins.Tests.Override;

public sealed class OverridePluginTests
{
    private const string Teams = "override:\n  allowed_github_teams:\n    acme/{repo}: [overriders]\n";
    private const string Owners = "override:\n  allow_top_level_owners: true\n";

    /// <summary>Contexts on the PR's head before the command.</summary>
    private static readonly Dictionary<string, string> Initial = new()
    {
        ["pull-unit"] = "failure",
        ["lint / golangci"] = "pending",
        ["ci/external"] = "failure",
        ["already-green"] = "success",
    };

    public static TheoryData<OverrideCase> Cases => new()
    {
        new OverrideCase("admin overrides a failing presubmit", "alice", "/override pull-unit", ["pull-unit"], Jobs: 1),
        new OverrideCase("quoted context with spaces", "alice", "/override \"lint / golangci\"", ["lint / golangci"], Jobs: 1),
        new OverrideCase("job name stands for its context", "alice", "/override pull-lint", ["lint / golangci"], Jobs: 1),
        new OverrideCase("context without a job gets no ProwJob", "alice", "/override ci/external", ["ci/external"], Jobs: 0),
        new OverrideCase("several contexts in one command", "alice", "/override pull-unit ci/external", ["pull-unit", "ci/external"], Jobs: 1),
        new OverrideCase("unknown context is reported", "alice", "/override nope", [], Jobs: 0,
            Reply: "The following unknown contexts were given:\n- `nope`\n\nOnly the following failed contexts were expected:\n- `ci/external`\n- `lint / golangci`\n- `pull-unit`\n"),
        new OverrideCase("known contexts are overridden despite an unknown one", "alice", "/override pull-unit nope", ["pull-unit"], Jobs: 1, Reply: "- `nope`"),
        new OverrideCase("a successful context cannot be overridden", "alice", "/override already-green", [], Jobs: 0, Reply: "- `already-green`"),
        new OverrideCase("sticky override survives base moves", "alice", "/override-sticky pull-unit", ["pull-unit"], Jobs: 1, Sticky: true),
        new OverrideCase("override in a code block is ignored", "alice", "```\n/override pull-unit\n```", [], Jobs: 0),
        new OverrideCase("org member is not authorized", "bob", "/override pull-unit", [], Jobs: 0,
            Reply: "bob unauthorized: /override is restricted to Repo administrators."),
        new OverrideCase("allowed team member is authorized", "bob", "/override pull-unit", ["pull-unit"], Jobs: 1, PluginsYaml: Teams),
        new OverrideCase("refusal names the allowed teams", "eve", "/override pull-unit", [], Jobs: 0, PluginsYaml: Teams,
            Reply: "eve unauthorized: /override is restricted to Repo administrators, and the following github teams: overriders."),
        new OverrideCase("top-level OWNERS approver is authorized", "bob", "/override pull-unit", ["pull-unit"], Jobs: 1, PluginsYaml: Owners,
            Files: new() { ["OWNERS"] = "approvers:\n- bob\n" }),
        new OverrideCase("OWNERS aliases are expanded", "bob", "/override pull-unit", ["pull-unit"], Jobs: 1, PluginsYaml: Owners,
            Files: new() { ["OWNERS"] = "approvers: [leads]\n", ["OWNERS_ALIASES"] = "aliases:\n  leads: [Bob]\n" }),
        new OverrideCase("OWNERS reviewers are not approvers", "eve", "/override pull-unit", [], Jobs: 0, PluginsYaml: Owners,
            Files: new() { ["OWNERS"] = "approvers: [bob]\nreviewers: [eve]\n" },
            Reply: "eve unauthorized: /override is restricted to Repo administrators, approvers in top level OWNERS file."),
        new OverrideCase("without an OWNERS file only admins may", "bob", "/override pull-unit", [], Jobs: 0, PluginsYaml: Owners, Reply: "bob unauthorized"),
        new OverrideCase("cancel fails every overridden context", "alice", "/override-cancel", [], Jobs: 0, Setup: "/override pull-unit ci/external",
            Cancelled: ["pull-unit", "ci/external"]),
        new OverrideCase("cancel of one context", "alice", "/override-cancel ci/external", ["pull-unit"], Jobs: 1, Setup: "/override pull-unit ci/external",
            Cancelled: ["ci/external"]),
        new OverrideCase("cancel of a context that is not overridden", "alice", "/override-cancel ci/external", [], Jobs: 0,
            Reply: "The following contexts are not overridden:\n- `ci/external`"),
        new OverrideCase("cancel needs authorization too", "bob", "/override-cancel", ["pull-unit"], Jobs: 1, Setup: "/override pull-unit",
            Reply: "bob unauthorized: /override-cancel is restricted to Repo administrators."),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task HandleGenericComment_Command_OverridesStatuses(OverrideCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        var alice = harness.Client("alice");
        await harness.AdminAsync(HttpMethod.Post, $"orgs/{PluginHarness.Org}/teams", new { name = "overriders", members = new[] { "bob" } }, ct);
        if (c.Files is not null)
        {
            await harness.CommitAsync("main", c.Files, ct);
        }

        var config = PluginHarness.LoadConfig($"presubmits:\n  {PluginHarness.Org}/{harness.Repo}:\n" +
            "  - name: pull-unit\n    always_run: true\n    spec:\n      containers: [{image: alpine}]\n" +
            "  - name: pull-lint\n    context: lint / golangci\n    spec:\n      containers: [{image: alpine}]\n");
        var plugins = c.PluginsYaml is null ? null : PluginHarness.LoadPlugins(c.PluginsYaml.Replace("{repo}", harness.Repo, StringComparison.Ordinal));
        var pr = await harness.OpenPullAsync("bob", "change", new Dictionary<string, string?> { ["a.txt"] = "1\n" }, ct);
        foreach (var (context, state) in Initial)
        {
            await alice.CreateStatusAsync(PluginHarness.Org, harness.Repo, pr.Head.Sha, state, context, "Original.", null, ct);
        }

        var plugin = new OverridePlugin();
        if (c.Setup is not null)
        {
            await plugin.HandleGenericCommentAsync(harness.Context(config, plugins), await harness.CommentAsync(pr.Number, "alice", c.Setup, ct), ct);
        }

        await plugin.HandleGenericCommentAsync(harness.Context(config, plugins), await harness.CommentAsync(pr.Number, c.User, c.Body, ct), ct);

        var baseSha = await alice.GetRefAsync(PluginHarness.Org, harness.Repo, "heads/main", ct);
        var statuses = (await alice.GetCombinedStatusAsync(PluginHarness.Org, harness.Repo, pr.Head.Sha, ct)).Statuses.ToDictionary(s => s.Context);
        foreach (var (context, state) in Initial)
        {
            var status = statuses[context];
            if (c.Overridden.Contains(context))
            {
                var overrider = c.Setup is null ? c.User : "alice";
                Assert.Equal("success", status.State);
                Assert.Equal(140, status.Description!.Length);
                Assert.StartsWith($"Overridden by {overrider}{(c.Sticky ? " [prow:skip-retest]" : "")} ", status.Description, StringComparison.Ordinal);
                Assert.EndsWith(" BaseSHA:" + baseSha, status.Description, StringComparison.Ordinal);
            }
            else if (c.Cancelled?.Contains(context) == true)
            {
                Assert.Equal(("failure", $"Override cancelled by {c.User}"), (status.State, status.Description));
            }
            else
            {
                Assert.Equal((state, "Original."), (status.State, status.Description));
            }
        }

        var jobs = harness.Jobs();
        Assert.Equal(c.Jobs, jobs.Count(j => j.Status.State == ProwJobState.Success));
        Assert.All(jobs.Where(j => j.Status.State == ProwJobState.Success), j =>
        {
            Assert.Equal(ProwJobType.Presubmit, j.Spec.Type);
            Assert.StartsWith("Overridden by ", j.Status.Description, StringComparison.Ordinal);
            Assert.NotNull(j.Status.CompletionTime);
            Assert.Equal(baseSha, j.Spec.Refs!.BaseSha);
            Assert.Equal(pr.Head.Sha, Assert.Single(j.Spec.Refs.Pulls!).Sha);
        });
        Assert.Equal(c.Cancelled?.Count(x => x != "ci/external") ?? 0, jobs.Count(j => j.Status.State == ProwJobState.Failure));

        var replies = (await alice.ListIssueCommentsAsync(PluginHarness.Org, harness.Repo, pr.Number, ct)).Where(x => x.User.Login == PluginHarness.Bot).ToList();
        if (c.Reply is null)
        {
            Assert.Empty(replies);
        }
        else
        {
            Assert.Contains(c.Reply, Assert.Single(replies).Body, StringComparison.Ordinal);
        }
    }
}
