using Bowsprit.Core.Api;

namespace Bowsprit.Deck.Index;

/// <summary>
/// One ProwJob as deck's index holds it: the fields pages filter and sort on, pulled out once when the job
/// changes, and its JSON for <c>/prowjobs.js</c> cached per omit set, so serving 20,000 jobs is copying bytes.
/// The job object is shared and must not be modified.
/// </summary>
public sealed class DeckJob
{
    private readonly byte[]?[] _json = new byte[]?[ProwJobJson.OmitVariants];

    public DeckJob(ProwJob job)
    {
        Job = job;
        var refs = job.Spec.MainRefs;
        var pull = refs?.Pulls is { Count: > 0 } pulls ? pulls[0] : null;
        Name = job.Name;
        JobName = job.Spec.Job ?? "";
        Org = refs?.Org ?? "";
        Repo = refs is null ? "" : $"{refs.Org}/{refs.Repo}";
        Author = pull?.Author ?? "";
        Pull = pull?.Number ?? 0;
        Sha = pull?.Sha ?? refs?.BaseSha ?? "";
        Cluster = string.IsNullOrEmpty(job.Spec.Cluster) ? "default" : job.Spec.Cluster;
        Type = job.Spec.Type;
        State = job.Status.State;
        Start = job.Status.StartTime;
        Completion = job.Status.CompletionTime;
        SpecHidden = job.Spec.Hidden;
    }

    /// <summary><c>spec.hidden</c>, copied here so visibility checks over 100,000 jobs never chase into the spec.</summary>
    public bool SpecHidden { get; }

    public ProwJob Job { get; }

    public string Name { get; }

    public string JobName { get; }

    public string Org { get; }

    /// <summary><c>org/repo</c> of the main refs, or empty for periodics without extra refs.</summary>
    public string Repo { get; }

    /// <summary>Author of the first pull; empty unless a presubmit or batch.</summary>
    public string Author { get; }

    /// <summary>First pull's number; 0 when none.</summary>
    public int Pull { get; }

    /// <summary>The head SHA of the first pull, else the base SHA.</summary>
    public string Sha { get; }

    public string Cluster { get; }

    public ProwJobType Type { get; }

    public ProwJobState State { get; }

    public DateTimeOffset Start { get; }

    public DateTimeOffset? Completion { get; }

    public string? BuildId => Job.Status.BuildId;

    public bool IsHidden(IReadOnlySet<string> hiddenRepos) =>
        SpecHidden || (hiddenRepos.Count > 0 && (hiddenRepos.Contains(Repo) || hiddenRepos.Contains(Org)));

    /// <summary>True once the full JSON is cached (the index pre-serializes in the background).</summary>
    public bool HasJson => Volatile.Read(ref _json[0]) is not null;

    /// <summary>The job's <c>prowjobs.js</c> JSON with the fields in <paramref name="omit"/> left out; built once per variant.</summary>

    public byte[] Json(ProwJobOmit omit)
    {
        var slot = (int)omit;
        if (Volatile.Read(ref _json[slot]) is { } cached)
        {
            return cached;
        }

        var full = Volatile.Read(ref _json[0]) ?? (_json[0] = ProwJobJson.Serialize(Job));
        return slot == 0 ? full : _json[slot] = ProwJobJson.Strip(full, omit, Job.Spec.PodSpec?.Containers?.Count ?? 0);
    }
}
