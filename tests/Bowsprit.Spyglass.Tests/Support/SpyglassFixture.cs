using System.Text;
using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Sections;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Storage;
using Bowsprit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Spyglass.Tests.Support;

/// <summary>
/// Spyglass on real Kestrel (127.0.0.1:0) over a local artifact store in a temp directory, registered as bucket
/// <c>local/artifacts</c> (and as <c>gs/ci-artifacts</c>, to check Prow's provider names), with an in-memory ProwJob store.
/// </summary>
public sealed class SpyglassFixture : IAsyncDisposable
{
    public const string Bucket = "local/artifacts";
    private WebApplication? _app;

    private SpyglassFixture(string dir, LocalArtifactStore? store)
    {
        Dir = dir;
        Store = store ?? new LocalArtifactStore(Path.Combine(dir, "artifacts"));
    }

    public string Dir { get; }

    public LocalArtifactStore Store { get; }

    public InMemoryProwJobStore ProwJobs { get; } = new();

    public SpyglassConfig? Config { get; set; }

    public string Url { get; private set; } = "";

    public HttpClient Http { get; } = new();

    /// <summary>Starts spyglass over <paramref name="store"/>, or over a fresh store under <see cref="Dir"/>.</summary>
    public static async Task<SpyglassFixture> StartAsync(CancellationToken ct, Action<SpyglassOptions>? configure = null, LocalArtifactStore? store = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "bowsprit-spyglass-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var fixture = new SpyglassFixture(dir, store);
        var options = new SpyglassOptions { Config = () => fixture.Config, LivePollInterval = TimeSpan.FromMilliseconds(100) }
            .AddBucket(SpyglassOptions.LocalProvider, "artifacts", fixture.Store)
            .AddBucket("gs", "ci-artifacts", fixture.Store);
        configure?.Invoke(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IProwJobStore>(fixture.ProwJobs);
        builder.Services.AddSpyglass(options);
        fixture._app = builder.Build();
        fixture._app.MapSpyglass();
        await fixture._app.StartAsync(ct);
        fixture.Url = fixture._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fixture;
    }

    public string ViewUrl(string jobDirectory) => $"{Url}/view/{Bucket}/{jobDirectory}";

    public string LogApi(string jobDirectory, string op, string query = "", string file = "build-log.txt") =>
        $"{Url}/spyglass/log/{Bucket}/{jobDirectory}?file={Uri.EscapeDataString(file)}&op={op}{query}";

    public Task WriteAsync(string key, string text, CancellationToken ct) => Store.WriteAsync(key, Encoding.UTF8.GetBytes(text), ct);

    public Task WriteFinishedAsync(string jobDirectory, string result, CancellationToken ct) =>
        Store.WriteAsync($"{jobDirectory}/finished.json",
            ArtifactMetadataJson.Serialize(new Finished { Timestamp = 1_700_000_600, Passed = result == "SUCCESS", Result = result }), ct);

    public Task WriteStartedAsync(string jobDirectory, CancellationToken ct) =>
        Store.WriteAsync($"{jobDirectory}/started.json", ArtifactMetadataJson.Serialize(new Started { Timestamp = 1_700_000_000, Node = "node-7", RepoCommit = "0123456789abcdef" }), ct);

    /// <summary>A presubmit ProwJob as plank leaves it once a run started (build-id label, pending).</summary>
    public static ProwJob Presubmit(string job, string buildId, ProwJobState state = ProwJobState.Pending)
    {
        var prowJob = new ProwJob
        {
            Spec = new ProwJobSpec
            {
                Type = ProwJobType.Presubmit,
                Job = job,
                Refs = new Refs
                {
                    Org = "acme",
                    Repo = "widgets",
                    BaseRef = "main",
                    BaseSha = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    Pulls = [new Pull { Number = 42, Author = "alice", Sha = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", Title = "Make <widgets> faster" }],
                },
            },
            Status = new ProwJobStatus { State = state, StartTime = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), BuildId = buildId },
        };
        prowJob.Metadata.Name = Guid.NewGuid().ToString("N");
        prowJob.Metadata.Labels = new Dictionary<string, string> { [ProwJobLabels.BuildId] = buildId, [ProwJobLabels.Job] = job };
        return prowJob;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a browser download may still hold a file.
        }
    }
}
