using Bowsprit.Cli.Commands;
using Bowsprit.Forge.Api;
using Bowsprit.Forge.Hosting;

namespace Bowsprit.Cli.Tests;

public sealed class ForgeCommandTests : IAsyncLifetime
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "bowsprit-cli-forge", Guid.NewGuid().ToString("N"));
    private ForgeServer _forge = null!;

    public async ValueTask InitializeAsync() =>
        _forge = await ForgeServer.StartAsync(new ForgeOptions { DataDir = _dataDir }, ct: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _forge.DisposeAsync();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var parse = BowspritCommand.Create().Parse(["forge", "--url", _forge.BaseUrl, .. args]);
        parse.InvocationConfiguration.Output = output;
        parse.InvocationConfiguration.Error = error;
        var code = await parse.InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);
        return (code, output.ToString().Trim(), error.ToString().Trim());
    }

    [Fact]
    public async Task Verbs_DriveAPullRequestFromOpenToMerged()
    {
        Assert.StartsWith("ghp_", (await RunAsync("add-user", "alice")).Output, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync("add-user", "bob")).Code);
        Assert.Equal(0, (await RunAsync("create-org", "acme")).Code);
        Assert.Equal(0, (await RunAsync("add-member", "acme", "alice", "--role", "admin")).Code);
        Assert.Equal(0, (await RunAsync("add-member", "acme", "bob")).Code);
        Assert.Equal($"{_forge.BaseUrl}/acme/demo.git", (await RunAsync("create-repo", "acme/demo", "--as", "alice")).Output);
        Assert.Matches("^[0-9a-f]{40}$", (await RunAsync("commit", "acme/demo", "--branch", "fix", "--from", "main", "--file", "fix.txt=fixed\\n", "--message", "Fix it")).Output);
        Assert.Equal($"{_forge.BaseUrl}/acme/demo/pull/1", (await RunAsync("open-pr", "acme/demo", "--head", "fix", "--title", "Fix it", "--as", "alice")).Output);
        Assert.Contains("#issuecomment-", (await RunAsync("comment", "acme/demo#1", "/lgtm", "--as", "bob")).Output, StringComparison.Ordinal);
        Assert.Equal("lgtm, approved", (await RunAsync("label", "acme/demo#1", "lgtm", "approved", "--as", "bob")).Output);
        Assert.Equal("APPROVED", (await RunAsync("review", "acme/demo#1", "--approve", "--as", "bob")).Output);
        Assert.Matches("^[0-9a-f]{40}$", (await RunAsync("merge", "acme/demo#1", "--method", "squash", "--as", "alice")).Output);

        using var http = new HttpClient();
        var page = await http.GetStringAsync($"{_forge.BaseUrl}/acme/demo/pull/1", TestContext.Current.CancellationToken);
        Assert.Contains("Fix it", page, StringComparison.Ordinal);
        Assert.Contains("Merged", page, StringComparison.Ordinal);
        Assert.Contains("/lgtm", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbs_BadTargetOrUnknownRepo_FailWithMessage()
    {
        var bad = await RunAsync("comment", "not-a-target", "hi");
        var missing = await RunAsync("close", "nobody/nothing#1");

        Assert.Equal(1, bad.Code);
        Assert.Contains("expected ORG/REPO#NUMBER", bad.Error, StringComparison.Ordinal);
        Assert.Equal(1, missing.Code);
        Assert.Contains("404", missing.Error, StringComparison.Ordinal);
    }
}
