using System.Diagnostics;
using System.Text.Json;
using Bowsprit.Core.Api;
using Bowsprit.GitHub.Client;
using Bowsprit.Server.Up;
using Bowsprit.Sqlite;
using Bowsprit.Testing.Git;

namespace Bowsprit.Up.Tests;

/// <summary>
/// <c>bowsprit up</c> in demo mode as a newcomer runs it, through the real process: the seeded pull request is
/// tested and reported on the forge and in deck; a failing push fails with crier's comment; <c>/retest</c>
/// reruns; kill -9 mid-job and a restart end that job once; SIGTERM mid-job records it as aborted.
/// </summary>
public sealed class UpEndToEndTests : IDisposable
{
    private const string Context = "pull-hello-test";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bowsprit-up-e2e", Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new();

    public UpEndToEndTests() => Directory.CreateDirectory(_dir);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DataDir => Path.Combine(_dir, "data");

    public void Dispose()
    {
        _http.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Demo_TestsThePullRequest_ReportsFailures_Retests_SurvivesKillMinus9_AbortsOnSigterm()
    {
        var port = UpProcess.FreePort();
        var first = await UpProcess.StartAsync(DataDir, port, Ct);
        UpProcess? second = null;
        try
        {
            var endpoints = first.Endpoints;
            Assert.Equal("demo", endpoints.Mode);
            Assert.Equal($"http://127.0.0.1:{port}", endpoints.Deck);
            var demo = endpoints.Demo!;
            var token = (await File.ReadAllTextAsync(demo.UserTokenFile, Ct)).Trim();
            var alice = new GitHubClient(_http, new GitHubClientOptions { ApiUrl = endpoints.Forge!.Api, Token = token }, TimeProvider.System);
            var (org, repo) = (demo.Repo.Split('/')[0], demo.Repo.Split('/')[1]);

            // 1. The sample pull request's presubmit passes, on the forge and in deck.
            var pr = await alice.GetPullRequestAsync(org, repo, demo.PullRequest, Ct);
            var passed = await WaitStatusAsync(alice, org, repo, pr.Head!.Sha, "success", first);
            Assert.StartsWith($"{endpoints.Deck}/view/local/artifacts/", passed.TargetUrl, StringComparison.Ordinal);
            var jobPage = await _http.GetAsync(passed.TargetUrl, Ct); // spyglass, in the same process
            Assert.Equal(System.Net.HttpStatusCode.OK, jobPage.StatusCode);
            Assert.Contains(Context, await jobPage.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            var inDeck = await WaitJobsAsync(endpoints.Deck, pr.Head.Sha, jobs => jobs.Any(j => j.State == "success"), first);
            Assert.Equal(Context, Assert.Single(inDeck).Job);

            // 2. A failing commit pushed over git smart HTTP with the demo user's token: failure and crier's comment.
            var clone = Path.Combine(_dir, "clone");
            var authenticated = new UriBuilder(endpoints.Forge.Git) { UserName = demo.User, Password = token }.Uri.AbsoluteUri;
            await LocalGit.RunAsync(_dir, "clone", "-q", "-b", pr.Head.Ref!, authenticated, clone);
            var failing = await CommitAsync(clone, "#!/bin/sh\necho \"Goodbye\"\n", "Break the greeting");
            await WaitStatusAsync(alice, org, repo, failing, "failure", first);
            var comment = await WaitAsync(async () => (await alice.ListIssueCommentsAsync(org, repo, demo.PullRequest, Ct))
                .FirstOrDefault(c => c.User.Login == demo.Bot && c.Body.Contains(Context, StringComparison.Ordinal)), "crier's failure comment", first);
            Assert.Contains("/retest", comment.Body, StringComparison.Ordinal);

            // 3. /retest from the (trusted, org member) author reruns the failed job.
            await alice.CreateCommentAsync(org, repo, demo.PullRequest, "/retest", Ct);
            var reruns = await WaitJobsAsync(endpoints.Deck, failing, jobs => jobs.Count == 2 && jobs.All(j => j.State == "failure"), first);
            Assert.Equal(2, reruns.Select(j => j.Name).Distinct().Count());

            // ... and so does deck's rerun, for an org member (here with a token instead of the forge login).
            using (var rerun = new HttpRequestMessage(HttpMethod.Post, $"{endpoints.Deck}/rerun?prowjob={reruns[0].Name}"))
            {
                rerun.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
                var response = await _http.SendAsync(rerun, Ct);
                Assert.True(response.IsSuccessStatusCode, $"deck rerun: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
            }

            await WaitJobsAsync(endpoints.Deck, failing, jobs => jobs.Count == 3 && jobs.All(j => j.State == "failure"), first);

            // 4. kill -9 while a job runs; the restart ends it (error: its run died with the process), once.
            var slow = await CommitAsync(clone, "#!/bin/sh\nsleep 60\necho \"Hello, Bowsprit!\"\n", "Take a while");
            var running = Assert.Single(await WaitJobsAsync(endpoints.Deck, slow, jobs => jobs.Any(j => j.State == "pending" && RunStarted(j.Name)), first));
            first.Process.Kill(entireProcessTree: false);
            await first.Process.WaitForExitAsync(Ct);
            second = await UpProcess.StartAsync(DataDir, port, Ct);
            Assert.Equal(endpoints.Forge.Base, second.Endpoints.Forge!.Base); // same forge port: the clone URLs still hold
            var ended = Assert.Single(await WaitJobsAsync(endpoints.Deck, slow, jobs => jobs.All(j => j.State is "error" or "success" or "failure"), second));
            Assert.Equal(running.Name, ended.Name);
            Assert.Equal("error", ended.State);
            Assert.Single(await WaitJobsAsync(endpoints.Deck, pr.Head.Sha, jobs => jobs.Count > 0, second)); // history kept, nothing rerun

            // 5. SIGTERM while a job runs: a graceful stop records it as aborted.
            var slower = await CommitAsync(clone, "#!/bin/sh\nsleep 61\necho \"Hello, Bowsprit!\"\n", "Take a while longer");
            var interrupted = Assert.Single(await WaitJobsAsync(endpoints.Deck, slower, jobs => jobs.Any(j => j.State == "pending" && RunStarted(j.Name)), second));
            Assert.Equal(0, await second.TerminateAsync(Ct));
            Assert.False(File.Exists(UpEndpoints.PathIn(DataDir)));
            await using var store = await SqliteProwJobStore.OpenAsync(Path.Combine(DataDir, "prowjobs.db"), Ct);
            var aborted = await store.GetAsync(interrupted.Name, Ct);
            Assert.Equal(ProwJobState.Aborted, aborted!.Status.State);
            Assert.Equal("Aborted: Bowsprit shut down while the job ran.", aborted.Status.Description);
        }
        finally
        {
            first.Dispose();
            second?.Dispose();
        }
    }

    private bool RunStarted(string name) => File.Exists(Path.Combine(DataDir, "runs", name, "logs", "pid"));

    private static async Task<string> CommitAsync(string clone, string script, string message)
    {
        await File.WriteAllTextAsync(Path.Combine(clone, "hello.sh"), script, Ct);
        await LocalGit.RunAsync(clone, "commit", "-qam", message);
        await LocalGit.RunAsync(clone, "push", "-q", "origin", "HEAD");
        return (await LocalGit.RunAsync(clone, "rev-parse", "HEAD")).Trim();
    }

    private static Task<Bowsprit.GitHub.Models.CommitStatus> WaitStatusAsync(GitHubClient client, string org, string repo, string sha, string state, UpProcess up) =>
        WaitAsync(async () => (await client.ListStatusesAsync(org, repo, sha, Ct)).FirstOrDefault(s => s.Context == Context && s.State == state),
            $"status {state} on {sha}", up);

    private sealed record DeckJob(string Name, string Job, string State);

    /// <summary>deck's /prowjobs.js: the presubmits run for <paramref name="sha"/>, once they satisfy <paramref name="until"/>.</summary>
    private Task<IReadOnlyList<DeckJob>> WaitJobsAsync(string deck, string sha, Func<IReadOnlyList<DeckJob>, bool> until, UpProcess up) =>
        WaitAsync<IReadOnlyList<DeckJob>>(async () =>
        {
            using var json = JsonDocument.Parse(await _http.GetStringAsync($"{deck}/prowjobs.js", Ct));
            var jobs = json.RootElement.GetProperty("items").EnumerateArray()
                .Where(j => j.GetProperty("spec").TryGetProperty("refs", out var refs) && refs.TryGetProperty("pulls", out var pulls) &&
                            pulls.EnumerateArray().Any(p => p.GetProperty("sha").GetString() == sha))
                .Select(j => new DeckJob(j.GetProperty("metadata").GetProperty("name").GetString()!, j.GetProperty("spec").GetProperty("job").GetString()!,
                    j.GetProperty("status").GetProperty("state").GetString()!))
                .ToList();
            return until(jobs) ? jobs : null;
        }, $"jobs for {sha} in deck", up);

    private static async Task<T> WaitAsync<T>(Func<Task<T?>> probe, string what, UpProcess up)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (await probe() is { } found)
            {
                return found;
            }

            if (up.Process.HasExited)
            {
                break;
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException($"no {what} within 30 s; bowsprit up said:\n{up.Output}");
    }
}
