using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bowsprit.Forge.Git;
using Bowsprit.Forge.Tests.Support;

namespace Bowsprit.Forge.Tests.Webhooks;

/// <summary>
/// Drives one repository through everything that makes the forge announce an event (branch pushes, a pull
/// request's whole life, comments, reviews, an issue, a status, a merge, a branch deleted with <c>git push</c>)
/// with a hook for every event, and keeps what the receiver got.
/// </summary>
public sealed class WebhookScenario : IAsyncLifetime
{
    public const string Secret = "It's a Secret to Everybody";

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    public ForgeFixture Fixture { get; private set; } = null!;

    public WebhookReceiver Receiver { get; private set; } = null!;

    public string Org => "shapes-" + _suffix;

    public string Repo { get; } = "payloads";

    public IReadOnlyList<ReceivedWebhook> Deliveries { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        Fixture = await ForgeFixture.StartAsync(ct: ct);
        Receiver = await WebhookReceiver.StartAsync(ct: ct);
        var (alice, bob) = ("alice-" + _suffix, "bob-" + _suffix);
        var aliceToken = await Fixture.UserAsync(alice, ct: ct);
        var bobToken = await Fixture.UserAsync(bob, ct: ct);
        await Fixture.OrgAsync(Org, [alice, bob], ct);
        var admin = Fixture.Client();
        var author = Fixture.Client(aliceToken);
        var reviewer = Fixture.Client(bobToken);
        await admin.CreateOrgRepoAsync(Org, Repo, autoInit: true, ct);
        await admin.AddCollaboratorAsync(Org, Repo, bob, "push", ct);
        await admin.CreateRepoHookAsync(Org, Repo, Receiver.Url, Secret, ["*"], ct);

        // create + push (a new branch), pull_request opened, then push + synchronize.
        await Fixture.CommitAsync(Org, Repo, "feature", Files("feature.txt", "one\n"), from: "main", token: aliceToken, ct: ct);
        var number = (await author.CreatePullRequestAsync(Org, Repo, "Add a feature", "feature", "main", "Adds it.", draft: false, ct)).Number;
        var head = await Fixture.CommitAsync(Org, Repo, "feature", Files("feature.txt", "one\ntwo\n"), token: aliceToken, ct: ct);

        // The pull request's life.
        await author.UpdatePullRequestAsync(Org, Repo, number, new Dictionary<string, object?> { ["title"] = "Add the feature", ["body"] = "Adds it, really." }, ct);
        await admin.AddLabelsAsync(Org, Repo, number, ["kind/feature"], ct);
        await admin.RemoveLabelAsync(Org, Repo, number, "kind/feature", ct);
        await admin.AddAssigneesAsync(Org, Repo, number, [bob], ct);
        await admin.RemoveAssigneesAsync(Org, Repo, number, [bob], ct);
        await author.RequestReviewersAsync(Org, Repo, number, [bob], ct);
        await author.UnrequestReviewersAsync(Org, Repo, number, [bob], ct);
        await author.RequestReviewersAsync(Org, Repo, number, [bob], ct);
        await author.UpdatePullRequestAsync(Org, Repo, number, new Dictionary<string, object?> { ["draft"] = true }, ct);
        await author.UpdatePullRequestAsync(Org, Repo, number, new Dictionary<string, object?> { ["draft"] = false }, ct);
        var comment = await reviewer.CreateCommentAsync(Org, Repo, number, "/lgtm", ct);
        await reviewer.EditCommentAsync(Org, Repo, comment.Id, "/lgtm cancel", ct);
        await reviewer.DeleteCommentAsync(Org, Repo, comment.Id, ct);
        await reviewer.CreateReviewAsync(Org, Repo, number, "APPROVE", "Ship it.", ct);
        await ReviewCommentAsync(bobToken, number, head, ct);
        await author.UpdatePullRequestAsync(Org, Repo, number, new Dictionary<string, object?> { ["state"] = "closed" }, ct);
        await author.UpdatePullRequestAsync(Org, Repo, number, new Dictionary<string, object?> { ["state"] = "open" }, ct);
        await admin.CreateStatusAsync(Org, Repo, head, "success", "ci/unit", "All green.", "http://ci.example.test/1", ct);

        // An issue's life.
        var issue = (await author.CreateIssueAsync(Org, Repo, "Something broke", "Details.", ["kind/bug"], ct)).Number;
        await author.UpdateIssueAsync(Org, Repo, issue, title: "Something broke badly", ct: ct);
        await admin.AddAssigneesAsync(Org, Repo, issue, [bob], ct);
        await admin.RemoveLabelAsync(Org, Repo, issue, "kind/bug", ct);
        await author.UpdateIssueAsync(Org, Repo, issue, state: "closed", ct: ct);
        await author.UpdateIssueAsync(Org, Repo, issue, state: "open", ct: ct);

        // pull_request closed (merged) + push to main; then a branch made and deleted with git: create, delete.
        await admin.MergePullRequestAsync(Org, Repo, number, "merge", head, null, null, ct);
        await Fixture.CommitAsync(Org, Repo, "doomed", Files("doomed.txt", "bye\n"), from: "main", ct: ct);
        await GitPushAsync(":refs/heads/doomed", ct);

        await Receiver.WaitAsync(w => w.Is("delete"), ct);
        Deliveries = [.. Receiver.All.Where(w => !w.Rejected)];
    }

    private static Dictionary<string, string?> Files(string path, string content) => new() { [path] = content };

    private async Task ReviewCommentAsync(string token, int number, string commit, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Fixture.BaseUrl}/api/v3/repos/{Org}/{Repo}/pulls/{number}/comments")
        {
            Content = JsonContent.Create(new { body = "Nit: a trailing newline.", path = "feature.txt", commit_id = commit, line = 2 }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("token", token);
        using var response = await Fixture.Http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Runs <c>git push URL REFSPEC</c> with the stock git client from an empty scratch repository.</summary>
    private async Task GitPushAsync(string refspec, CancellationToken ct)
    {
        var work = Path.Combine(Fixture.DataDir, "client-" + _suffix);
        Directory.CreateDirectory(work);
        var git = new GitRunner(homeDirectory: Path.Combine(Fixture.DataDir, "client-home"));
        (await git.RunAsync(work, ["init", "--quiet"], ct)).EnsureSuccess();
        (await git.RunAsync(work, ["push", "--quiet", $"{Fixture.BaseUrl}/{Org}/{Repo}.git", refspec], ct)).EnsureSuccess();
    }

    public async ValueTask DisposeAsync()
    {
        await Receiver.DisposeAsync();
        await Fixture.DisposeAsync();
    }
}
