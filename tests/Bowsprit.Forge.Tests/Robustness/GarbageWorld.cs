using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bowsprit.Forge.Tests.Support;

namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>
/// A forge with one of everything a route can name (org, user, repository, pull request, issue, comment, hooks,
/// a delivery, a team, a protected branch), and for each route parameter a value that exists and one that does not.
/// Shared by the tests of a class (each class gets its own forge and names): deletes and merges act on sacrificial
/// copies ("doomed"), so whatever garbage succeeds, the things the other routes name survive.
/// </summary>
public sealed partial class GarbageWorld : IAsyncLifetime
{
    /// <summary>Write routes under <c>/api</c> that take no body; every other one must have a valid body below.</summary>
    public static readonly IReadOnlySet<string> BodylessWrites = new HashSet<string>(StringComparer.Ordinal)
    {
        "POST /api/v3/repos/{owner}/{repo}/hooks/{id:long}/deliveries/{deliveryId:long}/attempts",
        "POST /api/v3/orgs/{owner}/hooks/{id:long}/deliveries/{deliveryId:long}/attempts",
        "POST /api/v3/admin/hooks/{id:long}/deliveries/{deliveryId:long}/attempts",
        "POST /api/v3/{*path:nonfile}",
        "POST /api/v3/app/installations/{id}/access_tokens",
    };

    // A valid body per JSON-reading route ($user, $head, $sha, $hook and $n are filled in), so that with unknown or nasty
    // parameters a request gets past body validation to the lookup being tested.
    private static readonly Dictionary<string, string> Bodies = new(StringComparer.Ordinal)
    {
        ["POST /api/v3/orgs/{org}/repos"] = """{"name": "made-$n", "description": "d", "auto_init": true, "default_branch": "trunk"}""",
        ["POST /api/v3/user/repos"] = """{"name": "mine-$n"}""",
        ["PATCH /api/v3/repos/{owner}/{repo}"] = """{"description": "described", "allow_squash_merge": true}""",
        ["POST /api/v3/repos/{owner}/{repo}/issues"] = """{"title": "t", "body": "b", "labels": ["bug"], "assignees": ["$user"]}""",
        ["PATCH /api/v3/repos/{owner}/{repo}/issues/{number:int}"] = """{"title": "retitled", "labels": ["bug"], "milestone": null}""",
        ["POST /api/v3/repos/{owner}/{repo}/issues/{number:int}/labels"] = """{"labels": ["bug", "fresh"]}""",
        ["PUT /api/v3/repos/{owner}/{repo}/issues/{number:int}/labels"] = """{"labels": ["bug"]}""",
        ["POST /api/v3/repos/{owner}/{repo}/issues/{number:int}/assignees"] = """{"assignees": ["$user"]}""",
        ["DELETE /api/v3/repos/{owner}/{repo}/issues/{number:int}/assignees"] = """{"assignees": ["$user"]}""",
        ["POST /api/v3/repos/{owner}/{repo}/issues/{number:int}/comments"] = """{"body": "a comment"}""",
        ["PATCH /api/v3/repos/{owner}/{repo}/issues/comments/{id:long}"] = """{"body": "edited"}""",
        ["POST /api/v3/repos/{owner}/{repo}/labels"] = """{"name": "label-$n", "color": "ff0000", "description": "d"}""",
        ["PATCH /api/v3/repos/{owner}/{repo}/labels/{name}"] = """{"color": "00ff00", "description": "d"}""",
        ["POST /api/v3/repos/{owner}/{repo}/milestones"] = """{"title": "v$n", "state": "open"}""",
        ["POST /api/v3/repos/{owner}/{repo}/pulls"] = """{"title": "t", "head": "other", "base": "main", "body": "b", "draft": false}""",
        ["PATCH /api/v3/repos/{owner}/{repo}/pulls/{number:int}"] = """{"title": "retitled", "body": "b"}""",
        ["POST /api/v3/repos/{owner}/{repo}/pulls/{number:int}/requested_reviewers"] = """{"reviewers": ["$user"], "team_reviewers": ["core"]}""",
        ["DELETE /api/v3/repos/{owner}/{repo}/pulls/{number:int}/requested_reviewers"] = """{"reviewers": ["$user"], "team_reviewers": ["core"]}""",
        ["PUT /api/v3/repos/{owner}/{repo}/pulls/{number:int}/merge"] = """{"merge_method": "merge", "commit_title": "t", "commit_message": "m"}""",
        ["POST /api/v3/repos/{owner}/{repo}/pulls/{number:int}/reviews"] = """{"event": "COMMENT", "body": "looks fine", "comments": [{"path": "feature.txt", "body": "c", "line": 1}]}""",
        ["POST /api/v3/repos/{owner}/{repo}/pulls/{number:int}/comments"] = """{"body": "c", "path": "feature.txt", "commit_id": "$head", "line": 1}""",
        ["POST /api/v3/repos/{owner}/{repo}/statuses/{sha}"] = """{"state": "success", "context": "ci", "description": "d", "target_url": "http://example.test/"}""",
        ["POST /api/v3/repos/{owner}/{repo}/check-runs"] = """{"name": "ci", "head_sha": "$sha", "status": "completed", "conclusion": "success"}""",
        ["PUT /api/v3/repos/{owner}/{repo}/branches/{**path}"] =
            """{"required_status_checks": {"strict": true, "contexts": ["ci"]}, "enforce_admins": false, "required_pull_request_reviews": {"required_approving_review_count": 1}, "restrictions": {"users": ["$user"], "teams": ["core"], "apps": []}}""",
        ["PUT /api/v3/repos/{owner}/{repo}/collaborators/{user}"] = """{"permission": "push"}""",
        ["POST /api/v3/repos/{owner}/{repo}/hooks"] = """{"name": "web", "active": true, "events": ["push"], "config": {"url": "$hook", "content_type": "json", "secret": "s"}}""",
        ["PATCH /api/v3/repos/{owner}/{repo}/hooks/{id:long}"] = """{"active": true, "events": ["*"], "config": {"url": "$hook", "secret": "s"}}""",
        ["POST /api/v3/orgs/{owner}/hooks"] = """{"name": "web", "active": true, "events": ["push"], "config": {"url": "$hook", "content_type": "json"}}""",
        ["PATCH /api/v3/orgs/{owner}/hooks/{id:long}"] = """{"active": true, "events": ["*"], "config": {"url": "$hook"}}""",
        ["POST /api/v3/admin/hooks"] = """{"name": "web", "active": true, "events": ["push"], "config": {"url": "$hook", "content_type": "json"}}""",
        ["PATCH /api/v3/admin/hooks/{id:long}"] = """{"active": true, "events": ["*"], "config": {"url": "$hook"}}""",
        ["POST /api/forge/users"] = """{"login": "made-$n", "name": "Made", "email": "m@example.test", "site_admin": false}""",
        ["POST /api/forge/users/{login}/tokens"] = """{}""",
        ["POST /api/forge/orgs"] = """{"login": "made-org-$n"}""",
        ["PUT /api/forge/orgs/{org}/members/{login}"] = """{"role": "member"}""",
        ["POST /api/forge/orgs/{org}/teams"] = """{"name": "Team $n", "members": ["$user"], "repos": {"r": "push"}}""",
        ["POST /api/forge/repos/{owner}/{repo}/commits"] = """{"branch": "main", "message": "m", "files": {"added-$n.txt": "x", "gone.txt": null}}""",
        ["POST /api/forge/apps"] = """{"slug": "made-app-$n", "name": "Made", "public_key": "$pem"}""",
        ["POST /api/forge/apps/{slug}/installations"] = """{"account": "$org"}""",
        ["POST /api/graphql"] = """{"query": "query($n: Int) { viewer { login } rateLimit { remaining } }", "variables": {"n": 1}}""",
    };

    // Each class's world gets its own names (one process, one suffix, a counter per world).
    private static readonly string Suffix = Guid.NewGuid().ToString("N")[..6];

    private static int _worlds;

    // The world's GitHub App key: App routes are probed with its JWT so the garbage reaches past authentication.
    private readonly System.Security.Cryptography.RSA _appKey = System.Security.Cryptography.RSA.Create(2048);
    private WebhookReceiver _receiver = null!;
    private int _counter;

    public GarbageWorld()
    {
        var suffix = Interlocked.Increment(ref _worlds).ToString(System.Globalization.CultureInfo.InvariantCulture) + Suffix;
        Org = "junk-" + suffix;
        Repo = "heap";
        User = "scrap-" + suffix;
        DoomedUser = "doomed-" + suffix;
    }

    public ForgeFixture Fixture { get; private set; } = null!;

    /// <summary>Every route of the forge, from its endpoint data source.</summary>
    public IReadOnlyList<ForgeRoute> Routes { get; private set; } = [];

    /// <summary>An org member that <c>DELETE /orgs/{org}/members/{login}</c> may remove.</summary>
    public string DoomedUser { get; }

    public string Org { get; }

    public string Repo { get; }

    public string User { get; }

    public string MainSha { get; private set; } = "";

    public string HeadSha { get; private set; } = "";

    public int Pull { get; private set; }

    public int IssueNumber { get; private set; }

    public long CommentId { get; private set; }

    public long RepoHookId { get; private set; }

    public long OrgHookId { get; private set; }

    public long GlobalHookId { get; private set; }

    public long DeliveryId { get; private set; }

    public long TeamId { get; private set; }

    public const long AppId = 4711;

    public string AppSlug { get; private set; } = "";

    public long InstallationId { get; private set; }

    public int DoomedPull { get; private set; }

    public long DoomedCommentId { get; private set; }

    public long DoomedRepoHookId { get; private set; }

    public long DoomedOrgHookId { get; private set; }

    public long DoomedGlobalHookId { get; private set; }

    /// <summary>A fresh forge (rate limits out of the way) and one of everything in it, plus the doomed copies.</summary>
    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        Fixture = await ForgeFixture.StartAsync(o =>
        {
            o.RateLimit = int.MaxValue;
            o.AnonymousRateLimit = int.MaxValue;
        }, ct);
        _receiver = await WebhookReceiver.StartAsync(ct: ct);
        Routes = RouteCatalog.Read(Fixture.Server.Services);
        var admin = await Fixture.UserAsync("junk-admin", siteAdmin: true, ct: ct);
        await Fixture.UserAsync(User, ct: ct);
        await Fixture.UserAsync(DoomedUser, ct: ct);
        await Fixture.OrgAsync(Org, [User, DoomedUser], ct);
        var client = Fixture.Client(admin);
        await client.CreateOrgRepoAsync(Org, Repo, autoInit: true, ct);
        RepoHookId = (await client.CreateRepoHookAsync(Org, Repo, _receiver.Url, "secret", ["pull_request"], ct)).Id;
        DoomedRepoHookId = (await client.CreateRepoHookAsync(Org, Repo, _receiver.Url + "?doomed", "secret", ["pull_request"], ct)).Id;
        OrgHookId = (await client.CreateOrgHookAsync(Org, _receiver.Url + "?org", "secret", ["status"], ct)).Id;
        DoomedOrgHookId = (await client.CreateOrgHookAsync(Org, _receiver.Url + "?org-doomed", "secret", ["status"], ct)).Id;
        GlobalHookId = await GlobalHookAsync(admin, "?global", ct);
        DoomedGlobalHookId = await GlobalHookAsync(admin, "?global-doomed", ct);
        HeadSha = await Fixture.CommitAsync(Org, Repo, "feature", new Dictionary<string, string?> { ["feature.txt"] = "one\ntwo\n" }, from: "main", ct: ct);
        await Fixture.CommitAsync(Org, Repo, "other", new Dictionary<string, string?> { ["other.txt"] = "other\n" }, from: "main", ct: ct);
        var doomedHead = await Fixture.CommitAsync(Org, Repo, "doomed", new Dictionary<string, string?> { ["doomed.txt"] = "doomed\n" }, from: "main", ct: ct);
        MainSha = (await client.GetBranchAsync(Org, Repo, "main", ct)).Commit!.Sha;
        Pull = (await client.CreatePullRequestAsync(Org, Repo, "Target practice", "feature", "main", "body", draft: false, ct)).Number;
        DoomedPull = (await client.CreatePullRequestAsync(Org, Repo, "Doomed", "doomed", "main", "body", draft: false, ct)).Number;
        CommentId = (await client.CreateCommentAsync(Org, Repo, Pull, "first", ct)).Id;
        DoomedCommentId = (await client.CreateCommentAsync(Org, Repo, Pull, "doomed", ct)).Id;
        IssueNumber = (await client.CreateIssueAsync(Org, Repo, "An issue", "body", ["bug"], ct)).Number;
        await client.CreateLabelAsync(Org, Repo, "doomed", "000000", null, ct);
        var team = await Fixture.AdminAsync(HttpMethod.Post, $"orgs/{Org}/teams", new { name = "core", members = new[] { User }, repos = new Dictionary<string, string> { [Repo] = "push" } }, ct);
        TeamId = await IdOfAsync(team, ct);
        AppSlug = "gapp-" + Org;
        await Fixture.AdminAsync(HttpMethod.Post, "apps", new { slug = AppSlug, id = AppId, public_key = _appKey.ExportSubjectPublicKeyInfoPem() }, ct);
        InstallationId = await IdOfAsync(await Fixture.AdminAsync(HttpMethod.Post, $"apps/{AppSlug}/installations", new { account = Org }, ct), ct);
        foreach (var branch in new[] { "main", "doomed" })
        {
            await client.UpdateBranchProtectionAsync(Org, Repo, branch, new() { RequiredStatusChecks = new() { Contexts = ["ci"] } }, ct);
        }

        // So that the first merge with a valid body really merges (the doomed pull request).
        await client.CreateStatusAsync(Org, Repo, doomedHead, "success", "ci", null, null, ct);

        // The dispatcher records a delivery just after the receiver answered it.
        await _receiver.WaitAsync(w => w.Is("pull_request", "opened"), ct);
        DeliveryId = (await Eventually.ValueAsync(() => client.ListRepoHookDeliveriesAsync(Org, Repo, RepoHookId, ct), d => d.Count > 0, ct))[0].Id;
    }

    private async Task<long> GlobalHookAsync(string token, string query, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Fixture.BaseUrl + "/api/v3/admin/hooks")
        {
            Content = JsonContent.Create(new { config = new { url = _receiver.Url + query }, events = new[] { "status" } }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await Fixture.Http.SendAsync(request, ct);
        return await IdOfAsync(response.EnsureSuccessStatusCode(), ct);
    }

    private static async Task<long> IdOfAsync(HttpResponseMessage response, CancellationToken ct) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("id").GetInt64();

    /// <summary>A valid JSON body for the route, or null when it reads none.</summary>
    public string? ValidBody(ForgeRoute route) =>
        Bodies.TryGetValue(route.Key, out var body)
            ? body.Replace("$user", User, StringComparison.Ordinal).Replace("$head", HeadSha, StringComparison.Ordinal)
                .Replace("$sha", MainSha, StringComparison.Ordinal).Replace("$hook", _receiver.Url, StringComparison.Ordinal)
                .Replace("$pem", _appKey.ExportSubjectPublicKeyInfoPem().Replace("\n", "\\n", StringComparison.Ordinal), StringComparison.Ordinal).Replace("$org", Org, StringComparison.Ordinal)
                .Replace("$n", Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            : null;

    /// <summary>Whether the route parses a JSON body (so malformed JSON must get GitHub's 400).</summary>
    public static bool ReadsJson(ForgeRoute route) => Bodies.ContainsKey(route.Key);

    /// <summary>Whether the route destroys what it names (so it gets the doomed copy).</summary>
    public static bool IsDestructive(ForgeRoute route) =>
        route.Method == "DELETE" || route.Key == "PUT /api/v3/repos/{owner}/{repo}/pulls/{number:int}/merge";

    /// <summary>The value of a parameter naming something that exists.</summary>
    public string Existing(ForgeRoute route, string parameter) => parameter switch
    {
        "owner" or "org" => Org,
        "repo" => Repo,
        "number" => (IsDestructive(route) ? DoomedPull : Pull).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "id" => Id(route).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "deliveryId" => DeliveryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "login" when IsDestructive(route) => DoomedUser,
        "login" or "user" => User,
        "name" when route.Template.Contains("/git/refs/", StringComparison.Ordinal) => "heads/main",
        "name" => IsDestructive(route) ? "doomed" : "bug",
        "branch" => "main",
        "sha" => MainSha,
        "gitRef" => "main",
        "slug" when route.Template.Contains("/apps/", StringComparison.Ordinal) => AppSlug,
        "slug" => "core",
        "path" when route.Template.Contains("/branches/", StringComparison.Ordinal) => IsDestructive(route) ? "doomed/protection" : "main/protection",
        "path" when route.Template.Contains("/objects/", StringComparison.Ordinal) => "info/packs",
        "path" when route.Template.Contains("/contents/", StringComparison.Ordinal) => "README.md",
        "path" => "nothing/here",
        _ => throw new InvalidOperationException($"no existing value for {{{parameter}}} in {route}"),
    };

    /// <summary>The value of a parameter naming something that does not exist.</summary>
    public static string Unknown(string parameter) => parameter switch
    {
        "owner" or "org" => "no-such-owner",
        "repo" => "no-such-repo",
        "number" => "99999",
        "id" or "deliveryId" => "987654321",
        "login" or "user" => "no-such-user",
        "name" => "no-such-name",
        "branch" => "no-such-branch",
        "sha" => "0123456789abcdef0123456789abcdef01234567",
        "gitRef" => "no-such-ref",
        "slug" => "no-such-team",
        "path" => "no/such/file",
        _ => throw new InvalidOperationException($"no unknown value for {{{parameter}}}"),
    };

    private long Id(ForgeRoute route) => (route.Template, IsDestructive(route)) switch
    {
        (var t, var doomed) when t.Contains("/issues/comments/", StringComparison.Ordinal) => doomed ? DoomedCommentId : CommentId,
        (var t, var doomed) when t.Contains("/repos/{owner}/{repo}/hooks/", StringComparison.Ordinal) => doomed ? DoomedRepoHookId : RepoHookId,
        (var t, var doomed) when t.Contains("/orgs/{owner}/hooks/", StringComparison.Ordinal) => doomed ? DoomedOrgHookId : OrgHookId,
        (var t, var doomed) when t.Contains("/admin/hooks/", StringComparison.Ordinal) => doomed ? DoomedGlobalHookId : GlobalHookId,
        (var t, _) when t.Contains("/teams/{id", StringComparison.Ordinal) => TeamId,
        (var t, _) when t.Contains("/app/installations/{id", StringComparison.Ordinal) => InstallationId,
        _ => throw new InvalidOperationException($"which id does {route} name?"),
    };

    /// <summary>The route's path with each parameter replaced (escaped; catch-alls keep their slashes).</summary>
    public static string PathOf(ForgeRoute route, Func<string, string> value) =>
        Parameter().Replace(route.Template, m =>
        {
            var v = value(m.Groups["name"].Value);
            return m.Groups["all"].Success ? string.Join('/', v.Split('/').Select(Uri.EscapeDataString)) : Uri.EscapeDataString(v);
        });

    public string PathOf(ForgeRoute route) => PathOf(route, p => Existing(route, p));

    /// <summary>After all the garbage, the forge still serves the repository exactly as before.</summary>
    public async Task AssertRepositoryStillServedAsync(CancellationToken ct)
    {
        var repository = await Fixture.Client().GetRepositoryAsync(Org, Repo, ct);
        Assert.Equal($"{Org}/{Repo}", repository.FullName);
        Assert.Equal("main", repository.DefaultBranch);
    }

    /// <summary>Routes that authenticate with the App's JWT rather than a user's token.</summary>
    public static bool IsAppRoute(ForgeRoute route) =>
        route.Template.StartsWith("/api/v3/app/", StringComparison.Ordinal) || route.Template == "/api/v3/app" ||
        route.Template.EndsWith("/installation", StringComparison.Ordinal);

    public string AppJwt() => Bowsprit.GitHub.Apps.GitHubAppJwt.Create(AppId.ToString(System.Globalization.CultureInfo.InvariantCulture), _appKey, DateTimeOffset.UtcNow);

    [GeneratedRegex(@"\{(?<all>\*\*?)?(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex Parameter();

    public async ValueTask DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await Fixture.DisposeAsync();
        _appKey.Dispose();
    }
}
