using Bowsprit.Core.Api;
using k8s.Models;

namespace Bowsprit.Deck.Tests.Support;

/// <summary>ProwJobs as trigger, horologium and plank leave them, built compactly for tests.</summary>
internal static class TestJobs
{
    public static readonly DateTimeOffset Epoch = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    public static ProwJob Make(
        string job,
        string? repo = "org/a",
        int pull = 0,
        string author = "alice",
        ProwJobState state = ProwJobState.Success,
        ProwJobType? type = null,
        int minute = 0,
        string? cluster = null,
        string? sha = null,
        string? name = null,
        bool hidden = false,
        RerunAuthConfig? rerunAuth = null)
    {
        type ??= pull > 0 ? ProwJobType.Presubmit : repo is null ? ProwJobType.Periodic : ProwJobType.Postsubmit;
        Refs? refs = null;
        if (repo is not null)
        {
            var parts = repo.Split('/');
            refs = new Refs { Org = parts[0], Repo = parts[1], BaseRef = "main", BaseSha = "b" + minute.ToString("D39", System.Globalization.CultureInfo.InvariantCulture) };
            if (pull > 0)
            {
                refs.Pulls = [new Pull { Number = pull, Author = author, Sha = sha ?? $"{pull:D4}aaaa{minute:D32}", Title = $"PR {pull}" }];
            }
        }

        var start = Epoch.AddMinutes(minute);
        var complete = state is ProwJobState.Success or ProwJobState.Failure or ProwJobState.Aborted or ProwJobState.Error;
        var buildId = (1_700_000_000_000_000_000UL + (ulong)minute).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var labels = new Dictionary<string, string> { [ProwJobLabels.CreatedByProw] = "true", [ProwJobLabels.Type] = type.Value.ToWire(), [ProwJobLabels.Job] = job };
        return new ProwJob
        {
            Metadata = new V1ObjectMeta
            {
                Name = name ?? Guid.NewGuid().ToString(),
                Labels = labels,
                Annotations = new Dictionary<string, string> { [ProwJobLabels.Job] = job },
            },
            Spec = new ProwJobSpec
            {
                Type = type.Value,
                Job = job,
                Cluster = cluster,
                Refs = refs,
                Report = true,
                Hidden = hidden,
                RerunAuthConfig = rerunAuth,
                PodSpec = new V1PodSpec { Containers = [new V1Container { Name = "test", Image = "busybox", Command = ["true"] }] },
                DecorationConfig = new DecorationConfig { GcsConfiguration = new GcsConfiguration { Bucket = "s3://artifacts", PathStrategy = "explicit" } },
            },
            Status = new ProwJobStatus
            {
                StartTime = start,
                PendingTime = state == ProwJobState.Triggered ? null : start.AddSeconds(5),
                CompletionTime = complete ? start.AddMinutes(3).AddSeconds(7) : null,
                State = state,
                BuildId = state == ProwJobState.Triggered ? null : buildId,
                Url = state == ProwJobState.Triggered ? null : $"https://deck.example/view/s3/artifacts/logs/{job}/{buildId}",
            },
        };
    }
}
