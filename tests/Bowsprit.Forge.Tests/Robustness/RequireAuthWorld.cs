using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Bowsprit.Forge.Tests.Support;

namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>
/// A forge restarted with <c>RequireAuth</c> over a repository whose pull request #1 (labeled "bug") a member
/// opened, plus a token for an outsider: no org membership, no collaboration, no team.
/// </summary>
public sealed class RequireAuthWorld : IAsyncLifetime
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    public ForgeFixture Fixture { get; private set; } = null!;

    public string Org => "locked-" + _suffix;

    public string Repo { get; } = "vault";

    public string Outsider => "outsider-" + _suffix;

    public string OutsiderToken { get; private set; } = "";

    public string MemberToken { get; private set; } = "";

    public string HeadSha { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        Fixture = await ForgeFixture.StartAsync(ct: ct);
        MemberToken = await Fixture.UserAsync("member-" + _suffix, ct: ct);
        OutsiderToken = await Fixture.UserAsync(Outsider, ct: ct);
        await Fixture.OrgAsync(Org, ["member-" + _suffix], ct);
        var admin = Fixture.Client();
        await admin.CreateOrgRepoAsync(Org, Repo, autoInit: true, ct);
        HeadSha = await Fixture.CommitAsync(Org, Repo, "feature", new Dictionary<string, string?> { ["feature.txt"] = "one\n" }, from: "main", ct: ct);
        await Fixture.Client(MemberToken).CreatePullRequestAsync(Org, Repo, "Feature", "feature", "main", null, draft: false, ct);
        await admin.AddLabelsAsync(Org, Repo, 1, ["bug"], ct);
        Fixture.Options.RequireAuth = true;
        await Fixture.RestartAsync(ct);
    }

    /// <summary>
    /// Sends a request under the repository (<paramref name="path"/> relative to it; <c>$sha</c> and <c>$outsider</c>
    /// filled in) and returns the status and, for an error, GitHub's message (asserting GitHub's error shape).
    /// </summary>
    public async Task<(int Status, string? Message)> SendAsync(string method, string path, string body, string? token)
    {
        var ct = TestContext.Current.CancellationToken;
        var url = $"{Fixture.BaseUrl}/api/v3/repos/{Org}/{Repo}{(path.Length > 0 ? "/" : "")}{Fill(path)}";
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body.Length > 0)
        {
            request.Content = new StringContent(Fill(body), Encoding.UTF8, "application/json");
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("token", token);
        }

        using var response = await Fixture.Http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.IsSuccessStatusCode)
        {
            return ((int)response.StatusCode, null);
        }

        using var json = JsonDocument.Parse(text);
        Assert.True(json.RootElement.TryGetProperty("documentation_url", out _), text);
        return ((int)response.StatusCode, json.RootElement.GetProperty("message").GetString());
    }

    private string Fill(string text) => text.Replace("$sha", HeadSha, StringComparison.Ordinal).Replace("$outsider", Outsider, StringComparison.Ordinal);

    public async ValueTask DisposeAsync() => await Fixture.DisposeAsync();
}
