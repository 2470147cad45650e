using System.Diagnostics;
using Bowsprit.Core.Api;
using Bowsprit.Crier.GitHub;
using Bowsprit.Crier.Tests.Support;
using Bowsprit.Sqlite;

namespace Bowsprit.Crier.Tests.Controller;

/// <summary>A measurement, not a check: run with <c>--explicit only</c>. Reports N finished jobs to the forge from a SQLite store.</summary>
public sealed class ThroughputMeasurement(ForgeFixture forge)
{
    [Fact(Explicit = true)]
    public async Task ReportManyJobs_ToForge()
    {
        var ct = TestContext.Current.CancellationToken;
        await MeasureAsync(await forge.NewRepoAsync(ct), null, "forge", ct);
    }

    [Fact(Explicit = true)]
    public async Task ReportManyJobs_ToInstantGitHub()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var github = await LoopbackServer.StartAsync(ct);
        github.Handler = static (_, http) =>
        {
            http.Response.StatusCode = 201;
            return Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(http.Response, "{\"id\":1}");
        };
        var client = new Bowsprit.GitHub.Client.GitHubClient(new HttpClient(), new() { ApiUrl = github.Url, MaxAttempts = 1 }, TimeProvider.System);
        await MeasureAsync(new TestRepo("acme", "demo", new string('b', 40), new string('c', 40), 7), client, "instant loopback GitHub", ct);
    }

    private async Task MeasureAsync(TestRepo repo, Bowsprit.GitHub.Client.GitHubClient? client, string target, CancellationToken ct)
    {
        var dir = Directory.CreateTempSubdirectory("bowsprit-crier-bench").FullName;
        await using var store = await SqliteProwJobStore.OpenAsync(Path.Combine(dir, "prowjobs.db"), ct);
        const int Background = 5000, Reported = 300;
        for (var i = 0; i < Background; i++)
        {
            var old = TestJobs.Postsubmit(repo, $"old-{i}", ProwJobState.Success);
            old.Status.PrevReportStates = new() { [GitHubReporter.ReporterName] = ProwJobState.Success };
            await store.CreateAsync(old, ct);
        }

        var options = CrierRun.Options();
        options.GitHubWorkers = 4;
        var names = new List<string>();
        for (var i = 0; i < Reported; i++)
        {
            names.Add((await store.CreateAsync(TestJobs.Postsubmit(repo, $"job-{i}", ProwJobState.Success), ct)).Name);
        }

        var clock = Stopwatch.StartNew();
        await using (var crier = await CrierRun.GitHubAsync(forge, store, ct, client: client, options: options))
        {
            foreach (var name in names)
            {
                await CrierRun.ReportedAsync(store, name, GitHubReporter.ReporterName, ProwJobState.Success, ct);
            }
        }

        var elapsed = clock.Elapsed;
        TestContext.Current.SendDiagnosticMessage($"{Reported} reports with {Background} other jobs in the store: {elapsed.TotalMilliseconds:F0} ms, {Reported / elapsed.TotalSeconds:F1} reports/s");
        Console.WriteLine($"MEASURE {target}: {Reported} reports, {Background} other jobs: {elapsed.TotalMilliseconds:F0} ms = {Reported / elapsed.TotalSeconds:F1} reports/s");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
