using System.Text.Json;
using Bowsprit.Core.Api;
using Bowsprit.Core.Config;
using Bowsprit.Core.Config.Jobs;
using Bowsprit.Core.Config.Sections;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Crier.Slack;
using Bowsprit.Crier.Tests.Support;
using Bowsprit.Testing;
using Microsoft.AspNetCore.Http;

namespace Bowsprit.Crier.Tests.Slack;

/// <summary>Slack messages through the controller to a loopback receiver standing in for Slack.</summary>
public sealed class SlackReporterTests : IAsyncLifetime
{
    private static readonly TestRepo Repo = new("acme", "demo", new string('b', 40), new string('c', 40), 7);
    private readonly string _dir = Directory.CreateTempSubdirectory("bowsprit-crier-slack").FullName;
    private LoopbackServer _slack = null!;

    public async ValueTask InitializeAsync() => _slack = await LoopbackServer.StartAsync(TestContext.Current.CancellationToken);

    private static ProwConfig Config(params (string Key, SlackReporterDefaults Value)[] entries) =>
        new() { SlackReporterConfigs = entries.ToDictionary(e => e.Key, e => e.Value) };

    private async Task<CrierRun> StartAsync(InMemoryProwJobStore store, ProwConfig config, string secret, CancellationToken ct)
    {
        var file = Path.Combine(_dir, "slack-token");
        await File.WriteAllTextAsync(file, secret + "\n", ct);
        var options = CrierRun.Options(config);
        options.SlackWorkers = 1;
        options.SlackTokenFiles[SlackReporter.DefaultHost] = file;
        options.SlackApiUrl = new Uri(_slack.Url + "/api/");
        var reporter = new SlackReporter(new SlackClient(new HttpClient(), options), options);
        return await CrierRun.StartAsync(store, new ProwJobIndex(), options, [new ReporterRegistration(reporter, 1)], ct);
    }

    private List<Dictionary<string, string>> Messages() =>
        [.. _slack.Requests.Select(r => JsonSerializer.Deserialize<Dictionary<string, string>>(r.Body)!)];

    [Fact]
    public async Task IncomingWebhook_DefaultTemplate_OnlyConfiguredStates()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new InMemoryProwJobStore();
        var config = Config(("*", new SlackReporterDefaults { Channel = "#ci", JobTypesToReport = [ProwJobType.Presubmit], JobStatesToReport = [ProwJobState.Failure] }));
        await using var crier = await StartAsync(store, config, _slack.Url + "/services/T0/B0/secret", ct);

        var passed = await store.CreateAsync(TestJobs.Presubmit(Repo, "lint", ProwJobState.Success), ct);
        var failed = await store.CreateAsync(TestJobs.Presubmit(Repo, "unit", ProwJobState.Failure), ct);
        await CrierRun.ReportedAsync(store, failed.Name, SlackReporter.ReporterName, ProwJobState.Failure, ct);

        var request = Assert.Single(_slack.Requests);
        Assert.Equal("/services/T0/B0/secret", request.Path);
        Assert.Equal("", request.Authorization);
        var message = Assert.Single(Messages());
        Assert.Equal("#ci", message["channel"]);
        Assert.Equal("Job unit of type presubmit ended with state failure. <http://deck.example.test/view/unit/0|View logs>", message["text"]);
        Assert.Null((await store.GetAsync(passed.Name, ct))!.Status.PrevReportStates);
    }

    [Fact]
    public async Task Token_JobChannelAndTemplate_OverrideTheMostSpecificEntry()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new InMemoryProwJobStore();
        var config = Config(
            ("*", new SlackReporterDefaults { Channel = "#everything", JobTypesToReport = [ProwJobType.Periodic], JobStatesToReport = [ProwJobState.Failure] }),
            ("acme", new SlackReporterDefaults { Channel = "#acme", JobStatesToReport = [ProwJobState.Success, ProwJobState.Failure], ReportTemplate = "org {{.Spec.Job}}" }));
        await using var crier = await StartAsync(store, config, "xoxb-test-token", ct);

        // Presubmits are not among acme's job types, but a job naming its own channel is reported anyway.
        var own = TestJobs.Presubmit(Repo, "unit", ProwJobState.Success);
        own.Spec.ReporterConfig = new ReporterConfig { Slack = new SlackReporterConfig { Channel = "#team", ReportTemplate = "{{.Spec.Job}} is {{.Status.State}} on {{.Spec.Refs.Org}}/{{.Spec.Refs.Repo}}#{{range .Spec.Refs.Pulls}}{{.Number}}{{end}}" } };
        var unconfigured = TestJobs.Presubmit(Repo, "lint", ProwJobState.Success);
        await store.CreateAsync(unconfigured, ct);
        var job = await store.CreateAsync(own, ct);
        await CrierRun.ReportedAsync(store, job.Name, SlackReporter.ReporterName, ProwJobState.Success, ct);

        var request = Assert.Single(_slack.Requests);
        Assert.Equal("/api/chat.postMessage", request.Path);
        Assert.Equal("Bearer xoxb-test-token", request.Authorization);
        var message = Assert.Single(Messages());
        Assert.Equal("#team", message["channel"]);
        Assert.Equal("unit is success on acme/demo#7", message["text"]);
    }

    [Fact]
    public async Task EmptyJobStatesToReport_SilencesTheJob()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new InMemoryProwJobStore();
        var config = Config(("*", new SlackReporterDefaults { Channel = "#ci", JobTypesToReport = [ProwJobType.Presubmit], JobStatesToReport = [ProwJobState.Failure] }));
        await using var crier = await StartAsync(store, config, _slack.Url + "/hook", ct);

        // Created the way trigger creates jobs, from a job config with `reporter_config: {slack: {job_states_to_report: []}}`.
        var config2 = new Presubmit { Name = "muted", Context = "muted", ReporterConfig = new ReporterConfig { Slack = new SlackReporterConfig { JobStatesToReport = [] } } };
        var muted = new ProwJobFactory(TimeProvider.System).NewPresubmit(config2, TestJobs.Presubmit(Repo, "muted", ProwJobState.Failure).Spec.Refs!);
        muted.Status.State = ProwJobState.Failure;
        await store.CreateAsync(muted, ct);
        var loud = await store.CreateAsync(TestJobs.Presubmit(Repo, "loud", ProwJobState.Failure), ct);
        await CrierRun.ReportedAsync(store, loud.Name, SlackReporter.ReporterName, ProwJobState.Failure, ct);

        Assert.Equal(["Job loud of type presubmit ended with state failure. <http://deck.example.test/view/loud/0|View logs>"], Messages().Select(m => m["text"]));
    }

    [Fact]
    public async Task RateLimitedThenOk_DeliversOnce_AndRefusalIsNotRetriedForever()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new InMemoryProwJobStore();
        var config = Config(("*", new SlackReporterDefaults { Channel = "#ci", JobTypesToReport = [ProwJobType.Presubmit], JobStatesToReport = [ProwJobState.Failure] }));
        var calls = 0;
        _slack.Handler = (request, http) =>
        {
            var call = Interlocked.Increment(ref calls);
            if (request.Body.Contains("refused", StringComparison.Ordinal))
            {
                return http.Response.WriteAsync("{\"ok\":false,\"error\":\"channel_not_found\"}");
            }

            if (call == 1)
            {
                http.Response.StatusCode = 429;
                http.Response.Headers.RetryAfter = "0";
                return Task.CompletedTask;
            }

            return http.Response.WriteAsync("{\"ok\":true}");
        };
        await using var crier = await StartAsync(store, config, "xoxb-token", ct);

        var job = await store.CreateAsync(TestJobs.Presubmit(Repo, "unit", ProwJobState.Failure), ct);
        await CrierRun.ReportedAsync(store, job.Name, SlackReporter.ReporterName, ProwJobState.Failure, ct);
        Assert.Equal(2, _slack.Requests.Count);

        var refused = await store.CreateAsync(TestJobs.Presubmit(Repo, "refused", ProwJobState.Failure), ct);
        await crier.GaveUpAsync(refused.Name, ct);
        Assert.Equal(5, _slack.Requests.Count);
        Assert.Null((await store.GetAsync(refused.Name, ct))!.Status.PrevReportStates);
    }

    public async ValueTask DisposeAsync()
    {
        await _slack.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}
