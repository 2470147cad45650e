using Bowsprit.Forge.Tests.Support;
using Bowsprit.GitHub.Client;

namespace Bowsprit.Forge.Tests.Api;

/// <summary>
/// One forge per test class (started once, shared by its tests), an org with two members and a fresh
/// repository per test, all driven through Bowsprit's own GitHub client.
/// </summary>
public abstract class ContractTestBase : IAsyncLifetime
{
    protected ForgeFixture Forge { get; private set; } = null!;

    protected string Org { get; } = "org" + Guid.NewGuid().ToString("N")[..8];

    protected string Repo { get; } = "repo";

    protected string AliceToken { get; private set; } = "";

    protected string BobToken { get; private set; } = "";

    protected GitHubClient Alice { get; private set; } = null!;

    protected GitHubClient Bob { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public virtual async ValueTask InitializeAsync()
    {
        Forge = await ForgeFixture.StartAsync(ct: Ct);
        AliceToken = await Forge.UserAsync("alice", ct: Ct);
        BobToken = await Forge.UserAsync("bob", ct: Ct);
        await Forge.OrgAsync(Org, ["alice", "bob"], Ct);
        Alice = Forge.Client(AliceToken);
        Bob = Forge.Client(BobToken);
        await Forge.Client(AliceToken).CreateOrgRepoAsync(Org, Repo, autoInit: true, Ct);
    }

    public virtual async ValueTask DisposeAsync()
    {
        await Forge.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A branch with one commit on top of main, and an open pull request from it by alice.</summary>
    protected async Task<GitHub.Models.PullRequest> OpenPullAsync(string branch, IReadOnlyDictionary<string, string?> files, string title = "Change")
    {
        await Forge.CommitAsync(Org, Repo, branch, files, from: "main", ct: Ct);
        return await Alice.CreatePullRequestAsync(Org, Repo, title, branch, "main", "body", draft: false, Ct);
    }
}
