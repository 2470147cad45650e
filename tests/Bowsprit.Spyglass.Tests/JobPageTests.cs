using System.Net;
using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Loading;
using Bowsprit.Core.Config.Sections;
using Bowsprit.Storage;
using Bowsprit.Spyglass.Tests.Support;

namespace Bowsprit.Spyglass.Tests;

/// <summary>The job page and raw artifacts over HTTP on real Kestrel.</summary>
public sealed class JobPageTests
{
    private const string Run = "logs/periodic-build/1001";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task View_FinishedRun_DefaultLensesInOrderWithArtifactLinks()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        await WriteFinishedRunAsync(spyglass);

        var html = await spyglass.Http.GetStringAsync(spyglass.ViewUrl(Run), Ct);

        var order = new[] { "id=\"lens-metadata\"", "id=\"lens-buildlog\"", "id=\"lens-junit\"", "id=\"lens-links\"", "id=\"artifacts\"" }
            .Select(id => html.IndexOf(id, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("<span class=\"sg-result sg-result-failure\">FAILURE</span>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/spyglass/raw/local/artifacts/logs/periodic-build/1001/artifacts/junit_01.xml\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://dashboards.example/run/1001\">dashboard</a>", html, StringComparison.Ordinal);
        Assert.Contains("Duration</dt><dd>10m0s", html, StringComparison.Ordinal);
        Assert.Contains("data-live=\"0\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task View_JUnitLens_FailuresFirstWithOutputAndCounts()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        await WriteFinishedRunAsync(spyglass);
        await spyglass.WriteAsync($"{Run}/artifacts/e2e/junit_pytest.xml", JunitSamples.Pytest.Trim(), Ct);

        var html = await spyglass.Http.GetStringAsync(spyglass.ViewUrl(Run), Ct);

        Assert.Contains("3 failed</strong>, <span class=\"sg-count-passed\">2 passed</span>, <span class=\"sg-count-skipped\">1 skipped</span> (6 tests in 2 files)", html, StringComparison.Ordinal);
        var failures = html.IndexOf("Failed tests", StringComparison.Ordinal);
        var passed = html.IndexOf("Passed tests", StringComparison.Ordinal);
        Assert.InRange(failures, 0, passed);
        Assert.Contains("<summary>tests.test_api.test_create <span class=\"sg-time\">0.01s</span></summary><p class=\"sg-junit-message\">AssertionError: assert 201 == 200</p>", html, StringComparison.Ordinal);
        Assert.Contains("creating widget &lt;w1&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task View_ConfiguredLensesFromConfigYaml_ShowOnlyWhenRequiredFilesMatch()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        await WriteFinishedRunAsync(spyglass);
        var configPath = Path.Combine(spyglass.Dir, "config.yaml");
        await File.WriteAllTextAsync(configPath, """
            deck:
              spyglass:
                size_limit: 500000000
                lenses:
                - lens:
                    name: buildlog
                    config:
                      highlight_regexes: ['^custom-failure']
                  required_files: ['^build-log\.txt$']
                - lens:
                    name: metadata
                  required_files: ['^started\.json$', '^finished\.json$']
                - lens:
                    name: coverage
                  required_files: ['^artifacts/filtered\.cov$']
                - lens:
                    name: junit
                  required_files: ['^artifacts/junit.*\.xml$']
                  optional_files: ['^artifacts/dashboard\.link\.txt$']
            """, Ct);
        var loaded = ProwConfigLoader.Load(new ConfigLoadOptions(configPath));
        Assert.Empty(loaded.Errors);
        spyglass.Config = loaded.Config.Deck.Spyglass;

        var html = await spyglass.Http.GetStringAsync(spyglass.ViewUrl(Run), Ct);

        Assert.True(html.IndexOf("id=\"lens-buildlog\"", StringComparison.Ordinal) < html.IndexOf("id=\"lens-metadata\"", StringComparison.Ordinal));
        Assert.DoesNotContain("id=\"lens-coverage\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"lens-links\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"lens-junit\"", html, StringComparison.Ordinal);
        // The configured highlight regex replaces Prow's defaults.
        Assert.Contains("<div class=\"sg-line sg-hl\" data-n=\"3\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<div class=\"sg-line sg-hl\" data-n=\"1\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task View_RunningPresubmitKnownOnlyToTheProwJobStore_IsLiveWithRefLinks()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        const string Dir = "pr-logs/pull/acme_widgets/42/pull-unit/2002";
        await spyglass.ProwJobs.CreateAsync(SpyglassFixture.Presubmit("pull-unit", "2002"), Ct);
        await spyglass.WriteAsync($"{Dir}/build-log.txt", "cloning\nbuilding\n", Ct);

        var html = await spyglass.Http.GetStringAsync(spyglass.ViewUrl(Dir), Ct);

        Assert.Contains("data-live=\"1\"", html, StringComparison.Ordinal);
        Assert.Contains("PENDING", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://github.com/acme/widgets\">acme/widgets</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://github.com/acme/widgets/pull/42\">#42</a> Make &lt;widgets&gt; faster by <a href=\"https://github.com/alice\">alice</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://github.com/acme/widgets/commit/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">aaaaaaaaaa</a>", html, StringComparison.Ordinal);
        Assert.Contains("Running for", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task View_PlanksJobUrlForTheLocalStore_IsServed()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        var job = SpyglassFixture.Presubmit("pull-unit", "4004");
        job.Spec.DecorationConfig = new DecorationConfig
        {
            GcsConfiguration = new GcsConfiguration { Bucket = "local://artifacts", JobUrlPrefix = spyglass.Url + "/view/", PathStrategy = "explicit" },
        };
        await spyglass.ProwJobs.CreateAsync(job, Ct);
        var url = Plank.JobUrls.For(job, new PlankConfig());
        var directory = ArtifactPaths.JobDirectory(new ArtifactJob(ProwJobType.Presubmit, "pull-unit", "4004", "acme", "widgets", 42), new PathStrategyOptions(PathStrategy.Explicit));
        await spyglass.WriteAsync($"{directory}/build-log.txt", "hello from the local runtime\n", Ct);

        var html = await spyglass.Http.GetStringAsync(url, Ct);

        Assert.Equal($"{spyglass.Url}/view/local/artifacts/pr-logs/pull/acme_widgets/42/pull-unit/4004", url);
        Assert.Contains("hello from the local runtime", html, StringComparison.Ordinal);
        Assert.Contains("data-live=\"1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task View_RunningJobWithoutALogYet_ShowsAnEmptyLiveViewer()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        await spyglass.ProwJobs.CreateAsync(SpyglassFixture.Presubmit("pull-unit", "4005"), Ct);
        const string Dir = "pr-logs/pull/acme_widgets/42/pull-unit/4005";

        var html = await spyglass.Http.GetStringAsync(spyglass.ViewUrl(Dir), Ct);
        using var index = await spyglass.Http.GetAsync(spyglass.LogApi(Dir, "index"), Ct);

        Assert.True(html.IndexOf("id=\"lens-metadata\"", StringComparison.Ordinal) < html.IndexOf("id=\"lens-buildlog\"", StringComparison.Ordinal));
        Assert.Contains("data-live=\"1\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Contains("\"total\":0", await index.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task View_UnsafeRefLinks_AreNotLinked()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        var job = SpyglassFixture.Presubmit("pull-unit", "2003", ProwJobState.Success);
        job.Spec.Refs!.Pulls![0].Link = "javascript:alert(1)";
        await spyglass.WriteAsync("logs/x/2003/prowjob.json", ProwJson.Serialize(job), Ct);

        var html = await spyglass.Http.GetStringAsync(spyglass.ViewUrl("logs/x/2003"), Ct);

        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("SUCCESS", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task View_PresubmitDirectoryAlias_ShowsTheRunItPointsTo()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        const string Dir = "pr-logs/pull/acme_widgets/42/pull-unit/3003";
        await spyglass.WriteAsync($"{Dir}/build-log.txt", "from the real run\n", Ct);
        await spyglass.WriteFinishedAsync(Dir, "SUCCESS", Ct);
        await spyglass.WriteAsync("pr-logs/directory/pull-unit/3003.txt", "gs://ci-artifacts/" + Dir, Ct);

        var html = await spyglass.Http.GetStringAsync($"{spyglass.Url}/view/gs/ci-artifacts/pr-logs/directory/pull-unit/3003", Ct);

        Assert.Contains("from the real run", html, StringComparison.Ordinal);
        Assert.Contains("gs://ci-artifacts/" + Dir, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/view/gs/ci-artifacts/logs/periodic-build/1001", HttpStatusCode.OK)]
    [InlineData("/view/gcs/ci-artifacts/logs/periodic-build/1001", HttpStatusCode.OK)]
    [InlineData("/view/s3/ci-artifacts/logs/periodic-build/1001", HttpStatusCode.NotFound)]
    [InlineData("/view/gs/other-bucket/logs/periodic-build/1001", HttpStatusCode.NotFound)]
    [InlineData("/view/local/artifacts/logs/periodic-build/9999", HttpStatusCode.NotFound)]
    [InlineData("/view/local/artifacts/logs", HttpStatusCode.BadRequest)]
    [InlineData("/view/local/artifacts/logs/periodic-build", HttpStatusCode.BadRequest)]
    public async Task View_OnlyConfiguredBucketsAndExistingRuns(string path, HttpStatusCode expected)
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        await WriteFinishedRunAsync(spyglass);

        using var response = await spyglass.Http.GetAsync(spyglass.Url + path, Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/spyglass/raw/local/artifacts/..%2Fsecret.txt")]
    [InlineData("/spyglass/raw/local/artifacts/logs/..%2F..%2Fsecret.txt")]
    [InlineData("/spyglass/raw/local/artifacts/%2E%2E/secret.txt")]
    [InlineData("/spyglass/raw/local/artifacts/logs/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/spyglass/raw/local/artifacts/%2Fetc%2Fpasswd")]
    [InlineData("/spyglass/raw/local/artifacts/logs%5C..%5C..%5Csecret.txt")]
    [InlineData("/view/local/artifacts/..%2F..%2F")]
    [InlineData("/spyglass/log/local/artifacts/logs/periodic-build/1001?op=lines&file=..%2F..%2F..%2Fsecret.txt")]
    [InlineData("/spyglass/log/local/artifacts/logs/periodic-build/1001?op=lines&file=%2Fetc%2Fpasswd")]
    public async Task Raw_AndLogApi_RefusePathsClimbingOutOfTheBucket(string path)
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        await WriteFinishedRunAsync(spyglass);
        // The store's root is Dir/artifacts; this file sits just outside it.
        await File.WriteAllTextAsync(Path.Combine(spyglass.Dir, "secret.txt"), "TOP-SECRET", Ct);

        using var response = await spyglass.Http.GetAsync(spyglass.Url + path, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        Assert.DoesNotContain("TOP-SECRET", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build-log.txt", "text/plain; charset=utf-8")]
    [InlineData("finished.json", "application/json; charset=utf-8")]
    [InlineData("artifacts/junit_01.xml", "application/xml; charset=utf-8")]
    [InlineData("artifacts/report.html", "text/html; charset=utf-8")]
    [InlineData("artifacts/blob.bin", "application/octet-stream")]
    [InlineData("artifacts/résumé \"quoted\".txt", "text/plain; charset=utf-8")]
    public async Task Raw_ServesBytesWithContentTypeNosniffAndSandbox(string file, string contentType)
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        await WriteFinishedRunAsync(spyglass);

        using var response = await spyglass.Http.GetAsync($"{spyglass.Url}/spyglass/raw/local/artifacts/{Run}/{string.Join('/', file.Split('/').Select(Uri.EscapeDataString))}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(await spyglass.Store.ReadAsync($"{Run}/{file}", Ct), await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Static_ScriptAndStylesheetAreServed()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);

        using var js = await spyglass.Http.GetAsync($"{spyglass.Url}/spyglass/static/spyglass.js", Ct);
        using var css = await spyglass.Http.GetAsync($"{spyglass.Url}/spyglass/static/spyglass.css", Ct);

        Assert.Equal("text/javascript; charset=utf-8", js.Content.Headers.ContentType!.ToString());
        Assert.Contains("prefers-color-scheme: dark", await css.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    internal static async Task WriteFinishedRunAsync(SpyglassFixture spyglass)
    {
        await spyglass.WriteStartedAsync(Run, Ct);
        await spyglass.WriteFinishedAsync(Run, "FAILURE", Ct);
        await spyglass.WriteAsync($"{Run}/build-log.txt", "step 1\nERROR: something broke\nstep 3\ncustom-failure here\n", Ct);
        await spyglass.WriteAsync($"{Run}/artifacts/junit_01.xml", JunitSamples.GoJunitReport.Trim(), Ct);
        await spyglass.WriteAsync($"{Run}/artifacts/dashboard.link.txt", "https://dashboards.example/run/1001\n", Ct);
        await spyglass.WriteAsync($"{Run}/artifacts/report.html", "<html><script>alert(1)</script></html>", Ct);
        await spyglass.Store.WriteAsync($"{Run}/artifacts/blob.bin", new byte[] { 0, 1, 2, 255 }, Ct);
        await spyglass.WriteAsync($"{Run}/artifacts/résumé \"quoted\".txt", "non-ASCII name", Ct);
    }
}
