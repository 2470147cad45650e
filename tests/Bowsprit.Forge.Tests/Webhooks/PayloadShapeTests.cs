using System.Text.RegularExpressions;
using Bowsprit.GitHub.Webhooks;

namespace Bowsprit.Forge.Tests.Webhooks;

/// <summary>
/// The forge's webhook payloads against real GitHub payloads (<c>../shared/corpus/webhooks</c>): every key path the
/// forge sends exists in the corpus examples for that event and action (so no misnamed or misplaced field), the
/// fields Bowsprit relies on are there, every delivery is signed with the hook's secret, and every body parses.
/// </summary>
public sealed partial class PayloadShapeTests(WebhookScenario scenario) : IClassFixture<WebhookScenario>
{
    private const string MergedBy = "pull_request.merged_by.";

    // Keys GitHub sends that the corpus examples (octokit/webhooks' payload-examples, written years ago, mostly
    // about plain issues) happen to lack; each is in GitHub's payload schemas (octokit/webhooks payload-schemas).
    private static readonly HashSet<string> AllowedPaths = new(StringComparer.Ordinal)
    {
        // The changes of an edited issue or pull request: title, body, and a pull request's base (common/changes).
        "changes", "changes.title", "changes.title.from", "changes.body", "changes.body.from",
        "changes.base", "changes.base.ref", "changes.base.ref.from", "changes.base.sha", "changes.base.sha.from",

        // An issue that is a pull request links to it (the issue_comment examples all comment on plain issues).
        "issue.pull_request", "issue.pull_request.url", "issue.pull_request.html_url", "issue.pull_request.diff_url",
        "issue.pull_request.patch_url", "issue.pull_request.merged_at",
    };

    // Fields every payload of an event carries (and Prow's plugins read).
    private static readonly Dictionary<string, string[]> Core = new(StringComparer.Ordinal)
    {
        ["pull_request"] =
        [
            "action", "number", "pull_request.number", "pull_request.id", "pull_request.title", "pull_request.body", "pull_request.state", "pull_request.draft",
            "pull_request.merged", "pull_request.html_url", "pull_request.user.login", "pull_request.head.sha", "pull_request.head.ref",
            "pull_request.head.repo.full_name", "pull_request.base.sha", "pull_request.base.ref", "pull_request.base.repo.full_name",
            "pull_request.base.repo.owner.login", "repository.full_name", "repository.name", "repository.owner.login", "sender.login",
        ],
        ["issues"] = ["action", "issue.number", "issue.title", "issue.body", "issue.state", "issue.user.login", "issue.html_url", "repository.full_name", "sender.login"],
        ["issue_comment"] =
        [
            "action", "issue.number", "issue.state", "issue.user.login", "issue.pull_request.url", "comment.id", "comment.body", "comment.user.login",
            "comment.html_url", "repository.full_name", "sender.login",
        ],
        ["pull_request_review"] =
        [
            "action", "review.id", "review.state", "review.body", "review.user.login", "review.commit_id", "pull_request.number", "pull_request.head.sha",
            "pull_request.user.login", "repository.full_name", "sender.login",
        ],
        ["pull_request_review_comment"] =
        [
            "action", "comment.id", "comment.body", "comment.path", "comment.commit_id", "comment.user.login", "pull_request.number", "pull_request.head.sha",
            "repository.full_name", "sender.login",
        ],
        ["push"] =
        [
            "ref", "before", "after", "created", "deleted", "forced", "compare", "commits", "pusher.name", "repository.full_name", "repository.name",
            "repository.owner.login", "repository.owner.name", "repository.default_branch", "sender.login",
        ],
        ["create"] = ["ref", "ref_type", "pusher_type", "master_branch", "repository.full_name", "sender.login"],
        ["delete"] = ["ref", "ref_type", "pusher_type", "repository.full_name", "sender.login"],
        ["status"] = ["id", "sha", "name", "state", "context", "description", "target_url", "branches", "repository.full_name", "sender.login"],
    };

    // Fields particular actions add.
    private static readonly Dictionary<string, string[]> CoreOfAction = new(StringComparer.Ordinal)
    {
        ["pull_request.synchronize"] = ["before", "after"],
        ["pull_request.edited"] = ["changes.title.from", "changes.body.from"],
        ["pull_request.labeled"] = ["label.name"],
        ["pull_request.unlabeled"] = ["label.name"],
        ["pull_request.assigned"] = ["assignee.login"],
        ["pull_request.unassigned"] = ["assignee.login"],
        ["pull_request.review_requested"] = ["requested_reviewer.login"],
        ["pull_request.review_request_removed"] = ["requested_reviewer.login"],
        ["issues.labeled"] = ["label.name"],
        ["issues.unlabeled"] = ["label.name"],
        ["issues.assigned"] = ["assignee.login"],
        ["issues.edited"] = ["changes.title.from"],
        ["issue_comment.edited"] = ["changes.body.from"],
    };

    public static TheoryData<string, string?> Events => new()
    {
        { "pull_request", "opened" },
        { "pull_request", "synchronize" },
        { "pull_request", "edited" },
        { "pull_request", "labeled" },
        { "pull_request", "unlabeled" },
        { "pull_request", "assigned" },
        { "pull_request", "unassigned" },
        { "pull_request", "review_requested" },
        { "pull_request", "review_request_removed" },
        { "pull_request", "converted_to_draft" },
        { "pull_request", "ready_for_review" },
        { "pull_request", "closed" },
        { "pull_request", "reopened" },
        { "issue_comment", "created" },
        { "issue_comment", "edited" },
        { "issue_comment", "deleted" },
        { "pull_request_review", "submitted" },
        { "pull_request_review_comment", "created" },
        { "issues", "opened" },
        { "issues", "edited" },
        { "issues", "labeled" },
        { "issues", "unlabeled" },
        { "issues", "assigned" },
        { "issues", "closed" },
        { "issues", "reopened" },
        { "push", null },
        { "create", null },
        { "delete", null },
        { "status", null },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void Payload_EveryKeyPath_ExistsInGitHubExamples(string eventName, string? action)
    {
        var (examples, corpus) = CorpusFor(eventName, action);

        foreach (var delivery in Deliveries(eventName, action))
        {
            var unknown = PayloadPaths.Of(delivery.Body).Where(p => !corpus.Contains(p) && !Allowed(p, corpus)).ToList();

            Assert.True(unknown.Count == 0, $"{delivery.Describe()} has key paths no GitHub example ({examples}) has:\n  {string.Join("\n  ", unknown)}");
        }
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Payload_CoreFields_ArePresent(string eventName, string? action)
    {
        var core = Core[eventName].Concat(CoreOfAction.GetValueOrDefault($"{eventName}.{action}", [])).ToList();

        foreach (var delivery in Deliveries(eventName, action))
        {
            var missing = core.Except(PayloadPaths.Of(delivery.Body)).ToList();

            Assert.True(missing.Count == 0, $"{delivery.Describe()} lacks {string.Join(", ", missing)}");
        }
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Delivery_SignatureAndBody_VerifyAndParse(string eventName, string? action)
    {
        foreach (var delivery in Deliveries(eventName, action))
        {
            Assert.True(WebhookSignature.Verify(delivery.Body, delivery.Signature, [WebhookScenario.Secret]), $"{delivery.Describe()}: bad signature {delivery.Signature}");
            Assert.False(WebhookSignature.Verify(delivery.Body, delivery.Signature, ["not the secret"]));
            Assert.NotNull(WebhookPayloads.Parse(eventName, delivery.Body));
        }
    }

    [Fact]
    public void Scenario_EveryDelivery_IsCoveredByARow()
    {
        var rows = Events.Select(r => (r.Data.Item1, r.Data.Item2)).ToHashSet();

        var uncovered = scenario.Deliveries.Select(d => (d.Event, d.Action)).Distinct().Where(e => !rows.Contains(e)).ToList();

        Assert.Empty(uncovered);
    }

    [Fact]
    public void Corpus_Directory_IsFoundNextToTheRepository()
    {
        Assert.NotEmpty(WebhookCorpus.Files("pull_request", "opened"));
        Assert.NotEmpty(WebhookCorpus.Files("push", null));
    }

    private List<Support.ReceivedWebhook> Deliveries(string eventName, string? action)
    {
        var deliveries = scenario.Deliveries.Where(d => d.Event == eventName && d.Action == action).ToList();
        Assert.True(deliveries.Count > 0, $"the scenario produced no {eventName}{(action is null ? "" : "." + action)}; got {string.Join(", ", scenario.Deliveries.Select(d => d.Describe()))}");
        return deliveries;
    }

    /// <summary>
    /// The key paths of the examples for the action, or, where the corpus has no example of that action, of every
    /// example of the event (the action only changes which optional top-level fields appear).
    /// </summary>
    private static (string Examples, SortedSet<string> Paths) CorpusFor(string eventName, string? action)
    {
        var files = WebhookCorpus.Files(eventName, action);
        if (files.Count == 0)
        {
            files = WebhookCorpus.Files(eventName, null);
        }

        Assert.True(files.Count > 0, $"no examples of {eventName} in {WebhookCorpus.Directory}");
        var paths = WebhookCorpus.Paths(files);

        // Reviews and review comments carry GitHub's simple pull request (no merge state or diff statistics); the
        // forge sends its whole pull request, so those keys are held to the pull_request event's examples instead.
        if (eventName is "pull_request_review" or "pull_request_review_comment")
        {
            paths.UnionWith(WebhookCorpus.Paths(WebhookCorpus.Files("pull_request", null)).Where(p => p.StartsWith("pull_request.", StringComparison.Ordinal)));
        }

        return (string.Join(", ", files.Select(Path.GetFileName)), paths);
    }

    private static bool Allowed(string path, SortedSet<string> corpus) =>
        AllowedPaths.Contains(path)

        // pull_request.merged_by is null in every example (none was merged); it is a user, shaped like the sender.
        || (path.StartsWith(MergedBy, StringComparison.Ordinal) && corpus.Contains("sender." + path[MergedBy.Length..]))

        // common/user.schema.json: a user may carry its name and email.
        || UserNameOrEmail().IsMatch(path)

        // common/repository.schema.json: a repository's merge settings (GitHub sends them on pull requests' repos).
        || RepositoryMergeSetting().IsMatch(path);

    [GeneratedRegex(@"^(.+\.)?(sender|user|owner|assignee|assignees\[\]|requested_reviewer|requested_reviewers\[\]|merged_by)\.(name|email)$")]
    private static partial Regex UserNameOrEmail();

    [GeneratedRegex(@"^(repository|pull_request\.(head|base)\.repo)\.allow_(merge_commit|squash_merge|rebase_merge)$")]
    private static partial Regex RepositoryMergeSetting();
}
