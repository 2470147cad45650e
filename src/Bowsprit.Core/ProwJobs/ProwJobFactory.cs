using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Jobs;
using k8s.Models;

namespace Bowsprit.Core.ProwJobs;

/// <summary>
/// Creates ProwJobs from job configs as Prow's trigger, horologium, tide and mkpj do: spec from the job,
/// refs adjusted by the job's clone settings, Prow's labels and annotations, a fresh name and
/// <c>triggered</c> state.
/// </summary>
public sealed class ProwJobFactory(TimeProvider time)
{
    public ProwJob NewPresubmit(Presubmit job, Refs refs, string? eventGuid = null, IReadOnlyDictionary<string, string>? extraLabels = null)
    {
        var labels = new Dictionary<string, string>(job.Labels ?? [], StringComparer.Ordinal)
        {
            [ProwJobLabels.IsOptional] = job.Optional ? "true" : "false",
        };
        return Create(PresubmitSpec(job, refs), WithEvent(labels, eventGuid, extraLabels), job.Annotations);
    }

    public ProwJob NewPostsubmit(Postsubmit job, Refs refs, string? eventGuid = null, IReadOnlyDictionary<string, string>? extraLabels = null) =>
        Create(PostsubmitSpec(job, refs), WithEvent(new Dictionary<string, string>(job.Labels ?? [], StringComparer.Ordinal), eventGuid, extraLabels), job.Annotations);

    public ProwJob NewPeriodic(Periodic job, IReadOnlyDictionary<string, string>? extraLabels = null) =>
        Create(PeriodicSpec(job), WithEvent(new Dictionary<string, string>(job.Labels ?? [], StringComparer.Ordinal), null, extraLabels), job.Annotations);

    /// <summary>A ProwJob around <paramref name="spec"/>, named with a random UUID, <c>triggered</c> now.</summary>
    public ProwJob Create(ProwJobSpec spec, IReadOnlyDictionary<string, string>? extraLabels = null, IReadOnlyDictionary<string, string>? extraAnnotations = null)
    {
        var (labels, annotations) = ProwJobMetadata.For(spec, extraLabels, extraAnnotations);
        return new ProwJob
        {
            Metadata = new V1ObjectMeta
            {
                Name = Guid.NewGuid().ToString(),
                Labels = labels,
                Annotations = annotations,
            },
            Spec = spec,
            Status = new ProwJobStatus
            {
                StartTime = TruncateToSeconds(time.GetUtcNow()),
                State = ProwJobState.Triggered,
            },
        };
    }

    public static ProwJobSpec PresubmitSpec(Presubmit job, Refs refs)
    {
        var spec = FromJobBase(job, ProwJobType.Presubmit);
        spec.Refs = CompletePrimaryRefs(refs, job);
        spec.Report = !job.SkipReport;
        spec.Context = job.Context;
        spec.RerunCommand = job.RerunCommand;
        return spec;
    }

    /// <summary>Tide's batch run of a presubmit over several PRs; batches are never reported.</summary>
    public static ProwJobSpec BatchSpec(Presubmit job, Refs refs)
    {
        var spec = PresubmitSpec(job, refs);
        spec.Type = ProwJobType.Batch;
        spec.Report = false;
        return spec;
    }

    public static ProwJobSpec PostsubmitSpec(Postsubmit job, Refs refs)
    {
        var spec = FromJobBase(job, ProwJobType.Postsubmit);
        spec.Refs = CompletePrimaryRefs(refs, job);
        spec.Report = !job.SkipReport;
        spec.Context = job.Context;
        return spec;
    }

    public static ProwJobSpec PeriodicSpec(Periodic job)
    {
        var spec = FromJobBase(job, ProwJobType.Periodic);
        spec.Report = true;
        return spec;
    }

    private static ProwJobSpec FromJobBase(JobBase job, ProwJobType type)
    {
        var tenant = job.ProwJobDefaults?.TenantId;
        return new ProwJobSpec
        {
            Type = type,
            Agent = job.Agent,
            Cluster = job.Cluster,
            Namespace = job.Namespace,
            Job = job.Name,
            ExtraRefs = job.ExtraRefs?.Select(static r => r.DeepCopy()).ToList(),
            MaxConcurrency = job.MaxConcurrency,
            ErrorOnEviction = job.ErrorOnEviction,
            PodSpec = job.Spec is null ? null : ProwJson.Clone(job.Spec),
            PipelineRunSpec = job.PipelineRunSpec,
            TektonPipelineRunSpec = job.TektonPipelineRunSpec,
            DecorationConfig = job.IsDecorated ? job.DecorationConfig?.DeepCopy() : null,
            ReporterConfig = ReporterConfigFor(job.ReporterConfig),
            RerunAuthConfig = job.RerunAuthConfig is null ? null : ProwJson.Clone(job.RerunAuthConfig),
            Hidden = job.Hidden,
            JobQueueName = job.JobQueueName,
            ProwJobDefaults = new ProwJobDefault
            {
                TenantId = string.IsNullOrEmpty(tenant) ? ProwJobDefault.GlobalDefaultTenantId : tenant,
                ResultStoreConfig = job.ProwJobDefaults?.ResultStoreConfig,
            },
            JenkinsSpec = job is RepoJob { JenkinsSpec: { } jenkins } ? new JenkinsSpec { GitHubBranchSourceJob = jenkins.GitHubBranchSourceJob } : null,
        };
    }

    /// <summary>
    /// Prow fixes the Slack <c>report</c> flag at creation: an explicit <c>job_states_to_report: []</c> would be lost
    /// on the wire (empty lists are omitted), so it is kept as <c>report: false</c>.
    /// </summary>
    private static ReporterConfig? ReporterConfigFor(ReporterConfig? config)
    {
        if (config is null)
        {
            return null;
        }

        var copy = ProwJson.Clone(config);
        if (copy.Slack is { } slack && config.Slack is { } original)
        {
            slack.Report = original.ShouldReport;
        }

        return copy;
    }

    /// <summary>The job's clone settings travel on the primary refs, where clonerefs reads them.</summary>
    private static Refs CompletePrimaryRefs(Refs refs, JobBase job)
    {
        var copy = refs.DeepCopy();
        copy.PathAlias = job.PathAlias;
        copy.CloneUri = job.CloneUri;
        copy.SkipSubmodules = job.SkipSubmodules;
        copy.CloneDepth = job.CloneDepth;
        copy.SkipFetchHead = job.SkipFetchHead;
        return copy;
    }

    private static Dictionary<string, string> WithEvent(Dictionary<string, string> labels, string? eventGuid, IReadOnlyDictionary<string, string>? extra)
    {
        if (!string.IsNullOrEmpty(eventGuid))
        {
            labels[ProwJobLabels.EventGuid] = eventGuid;
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            labels[key] = value;
        }

        return labels;
    }

    /// <summary>metav1.Time has second precision; keeping it here makes stored and served jobs agree.</summary>
    private static DateTimeOffset TruncateToSeconds(DateTimeOffset t) => new(t.Ticks - (t.Ticks % TimeSpan.TicksPerSecond), t.Offset);
}
