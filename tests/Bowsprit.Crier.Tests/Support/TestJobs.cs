using Bowsprit.Core.Api;
using k8s.Models;

namespace Bowsprit.Crier.Tests.Support;

/// <summary>ProwJobs as trigger creates them (labels included), for a test repository.</summary>
internal static class TestJobs
{
    public static readonly DateTimeOffset Epoch = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public static ProwJob Presubmit(TestRepo repo, string job, ProwJobState state, int minute = 0, string? sha = null, bool optional = false, string? name = null)
    {
        var pj = New(repo, job, ProwJobType.Presubmit, state, minute, name);
        pj.Spec.Refs!.Pulls = [new Pull { Number = repo.Pull, Author = "bob", Sha = sha ?? repo.HeadSha }];
        pj.Spec.RerunCommand = $"/test {job}";
        pj.Metadata.Labels![ProwJobLabels.Pull] = repo.Pull.ToString(System.Globalization.CultureInfo.InvariantCulture);
        pj.Metadata.Labels[ProwJobLabels.IsOptional] = optional ? "true" : "false";
        return pj;
    }

    public static ProwJob Postsubmit(TestRepo repo, string job, ProwJobState state, int minute = 0) =>
        New(repo, job, ProwJobType.Postsubmit, state, minute, null);

    private static ProwJob New(TestRepo repo, string job, ProwJobType type, ProwJobState state, int minute, string? name)
    {
        var start = Epoch.AddMinutes(minute);
        return new ProwJob
        {
            Metadata = new V1ObjectMeta
            {
                Name = name ?? Guid.NewGuid().ToString(),
                Labels = new Dictionary<string, string>
                {
                    [ProwJobLabels.CreatedByProw] = "true",
                    [ProwJobLabels.Type] = type.ToWire(),
                    [ProwJobLabels.Job] = job,
                    [ProwJobLabels.Org] = repo.Org,
                    [ProwJobLabels.Repo] = repo.Name,
                    [ProwJobLabels.BaseRef] = "main",
                },
            },
            Spec = new ProwJobSpec
            {
                Type = type,
                Job = job,
                Context = job,
                Report = true,
                Agent = "kubernetes",
                Refs = new Refs { Org = repo.Org, Repo = repo.Name, BaseRef = "main", BaseSha = repo.BaseSha },
            },
            Status = new ProwJobStatus
            {
                StartTime = start,
                State = state,
                Description = Describe(state),
                Url = $"http://deck.example.test/view/{job}/{minute}",
                CompletionTime = state.IsComplete() ? start.AddMinutes(1) : null,
            },
        };
    }

    public static string Describe(ProwJobState state) => state switch
    {
        ProwJobState.Triggered => "Job triggered.",
        ProwJobState.Pending => "Job triggered.",
        ProwJobState.Success => "Job succeeded.",
        ProwJobState.Failure => "Job failed.",
        ProwJobState.Aborted => "Job aborted.",
        _ => "Job errored.",
    };

    /// <summary>The job moved to <paramref name="state"/>, as plank would store it.</summary>
    public static ProwJob With(ProwJob job, ProwJobState state)
    {
        var moved = job.DeepCopy();
        moved.Status.State = state;
        moved.Status.Description = Describe(state);
        moved.Status.CompletionTime = state.IsComplete() ? job.Status.StartTime.AddMinutes(1) : null;
        return moved;
    }
}
