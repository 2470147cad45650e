namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>
/// With <c>RequireAuth</c>: anonymous writes are 401, writes by a user without push (or admin) access are 403 with
/// GitHub's message, and an unknown token is 401 Bad credentials everywhere. Every request here is refused, so the
/// tests share one repository.
/// </summary>
public sealed class AuthErrorTests(RequireAuthWorld world) : IClassFixture<RequireAuthWorld>
{
    /// <summary>Writes that need push access (or admin rights), and GitHub's message when the caller lacks it.</summary>
    public static TheoryData<string, string, string, string> ProtectedWrites => new()
    {
        { "POST", "labels", """{"name": "new", "color": "ffffff"}""", "Must have push access to repository" },
        { "POST", "issues/1/labels", """{"labels": ["bug"]}""", "Must have push access to repository" },
        { "PUT", "issues/1/labels", """{"labels": []}""", "Must have push access to repository" },
        { "DELETE", "issues/1/labels/bug", "", "Must have push access to repository" },
        { "PATCH", "issues/1", """{"title": "mine now"}""", "Must have push access to repository" },
        { "PATCH", "pulls/1", """{"title": "mine now"}""", "Must have push access to repository" },
        { "PUT", "pulls/1/merge", """{"merge_method": "merge"}""", "Must have push access to repository" },
        { "POST", "statuses/$sha", """{"state": "success", "context": "ci"}""", "Must have push access to repository" },
        { "POST", "check-runs", """{"name": "ci", "head_sha": "$sha"}""", "Must have push access to repository" },
        { "POST", "milestones", """{"title": "v1"}""", "Must have push access to repository" },
        { "PATCH", "labels/bug", """{"color": "000000"}""", "Must have push access to repository" },
        { "DELETE", "labels/bug", "", "Must have push access to repository" },
        { "PATCH", "", """{"description": "mine now"}""", "Must have admin rights to Repository." },
        { "PUT", "branches/main/protection", """{"required_status_checks": null, "enforce_admins": null, "required_pull_request_reviews": null, "restrictions": null}""", "Must have admin rights to Repository." },
        { "POST", "hooks", """{"config": {"url": "http://127.0.0.1:9/hook"}}""", "Must have admin rights to Repository." },
        { "PUT", "collaborators/$outsider", """{"permission": "admin"}""", "Must have admin rights to Repository." },
    };

    [Theory]
    [MemberData(nameof(ProtectedWrites))]
    public async Task Write_Anonymous_Returns401RequiresAuthentication(string method, string path, string body, string message)
    {
        var answer = await world.SendAsync(method, path, body, token: null);

        Assert.Equal((401, "Requires authentication"), answer);
        Assert.NotEqual(message, answer.Message);
    }

    [Theory]
    [MemberData(nameof(ProtectedWrites))]
    public async Task Write_UserWithoutPushAccess_Returns403WithGitHubMessage(string method, string path, string body, string message)
    {
        var answer = await world.SendAsync(method, path, body, world.OutsiderToken);

        Assert.Equal((403, message), answer);
    }

    [Theory]
    [MemberData(nameof(ProtectedWrites))]
    public async Task Write_UnknownToken_Returns401BadCredentials(string method, string path, string body, string message)
    {
        var answer = await world.SendAsync(method, path, body, "ghp_no_such_token");

        Assert.Equal((401, "Bad credentials"), answer);
        Assert.NotEqual(message, answer.Message);
    }

    [Fact]
    public async Task Read_UnknownToken_Returns401BadCredentials()
    {
        Assert.Equal((401, "Bad credentials"), await world.SendAsync("GET", "", "", "ghp_no_such_token"));
    }

    [Fact]
    public async Task Read_Anonymous_IsAllowed()
    {
        Assert.Equal((200, null), await world.SendAsync("GET", "pulls/1", "", token: null));
    }

    [Fact]
    public async Task Write_UserWithoutPushAccess_MayStillCommentOnPublicRepository()
    {
        Assert.Equal((201, null), await world.SendAsync("POST", "issues/1/comments", """{"body": "from outside"}""", world.OutsiderToken));
    }
}
