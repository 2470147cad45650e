using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Jobs;

namespace Bowsprit.Core.Config.Validation;

/// <summary>Rules every job obeys regardless of type: names, labels, agents, concurrency, pod spec, decoration.</summary>
internal sealed class JobBaseRules(ProwConfig config, ConfigDiagnostics diagnostics)
{
    private readonly PodSpecRules _podSpec = new(diagnostics);
    private readonly DecorationRules _decoration = new(diagnostics);

    public void Validate(JobBase job)
    {
        CheckName(job);
        if (job.MaxConcurrency < 0)
        {
            diagnostics.Error(job.LocationOf("max_concurrency"), job.DisplayName, "max_concurrency",
                $"must not be negative (got {job.MaxConcurrency}); 0 means unlimited");
        }

        if (!string.IsNullOrEmpty(job.JobQueueName) && config.Plank.JobQueueCapacities?.ContainsKey(job.JobQueueName) != true)
        {
            diagnostics.Error(job.LocationOf("job_queue_name"), job.DisplayName, "job_queue_name",
                $"queue \"{job.JobQueueName}\" is not defined in plank.job_queue_capacities");
        }

        LabelRules.CheckJobLabels(job, diagnostics);
        CheckAgent(job);
        if (job.Agent == ProwJobAgents.Kubernetes && job.Spec is not null)
        {
            _podSpec.Validate(job);
        }

        if (job.IsDecorated)
        {
            _decoration.Validate(job);
        }

        if (job.RerunAuthConfig is { AllowAnyone: true, HasAllowList: true })
        {
            diagnostics.Error(job.LocationOf("rerun_auth_config"), job.DisplayName, "rerun_auth_config",
                "allow_anyone cannot be combined with GitHub users, teams or orgs");
        }

        CheckExtraRefs(job);
    }

    private void CheckName(JobBase job)
    {
        var allowSlash = job.Agent == ProwJobAgents.Jenkins;
        if (job.Name.Length == 0 || !job.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' || (allowSlash && c == '/')))
        {
            diagnostics.Error(job.LocationOf("name"), job.DisplayName, "name",
                $"name \"{job.Name}\" must match ^[A-Za-z0-9-._]+$");
        }

        if (job.Name.Length > LabelValues.MaxLength)
        {
            diagnostics.Warning(job.LocationOf("name"), job.DisplayName, "name",
                $"name is {job.Name.Length} characters; labels keep only the first {LabelValues.MaxLength}, so selecting by prow.k8s.io/job label is ambiguous");
        }
    }

    private void CheckAgent(JobBase job)
    {
        var agent = job.Agent;
        if (agent is not (ProwJobAgents.Kubernetes or ProwJobAgents.Jenkins or ProwJobAgents.TektonPipeline))
        {
            diagnostics.Error(job.LocationOf("agent"), job.DisplayName, "agent",
                $"unknown agent \"{agent}\"; expected kubernetes, jenkins or tekton-pipeline");
            return;
        }

        if (job.Spec is not null && agent != ProwJobAgents.Kubernetes)
        {
            diagnostics.Error(job.LocationOf("spec"), job.DisplayName, "spec", $"a pod spec requires agent kubernetes, not {agent}");
        }

        if (job.Spec is null && agent == ProwJobAgents.Kubernetes)
        {
            diagnostics.Error(job.Source, job.DisplayName, "spec", "a kubernetes job needs a pod spec");
        }

        if ((job.PipelineRunSpec is not null || job.TektonPipelineRunSpec is not null) != (agent == ProwJobAgents.TektonPipeline))
        {
            diagnostics.Error(job.LocationOf("agent"), job.DisplayName, "pipeline_run_spec",
                "pipeline_run_spec/tekton_pipeline_run_spec go together with agent tekton-pipeline");
        }

        if (job.IsDecorated && agent != ProwJobAgents.Kubernetes)
        {
            diagnostics.Error(job.LocationOf("decorate"), job.DisplayName, "decorate", $"decoration requires agent kubernetes, not {agent}");
        }

        if (job.ErrorOnEviction && agent != ProwJobAgents.Kubernetes)
        {
            diagnostics.Error(job.LocationOf("error_on_eviction"), job.DisplayName, "error_on_eviction", "requires agent kubernetes");
        }

        if (job.FieldLines.ContainsKey("namespace") && job.Namespace != config.EffectivePodNamespace && agent != ProwJobAgents.TektonPipeline)
        {
            diagnostics.Error(job.LocationOf("namespace"), job.DisplayName, "namespace",
                $"a custom namespace is only allowed for tekton-pipeline jobs; pods run in pod_namespace {config.EffectivePodNamespace}");
        }
    }

    private void CheckExtraRefs(JobBase job)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (job is RepoJob repoJob)
        {
            seen.Add(repoJob.Repository);
        }

        foreach (var refs in job.ExtraRefs ?? [])
        {
            if (string.IsNullOrEmpty(refs.Org) || string.IsNullOrEmpty(refs.Repo))
            {
                diagnostics.Error(job.LocationOf("extra_refs"), job.DisplayName, "extra_refs", "every extra ref needs org and repo");
                continue;
            }

            if (!seen.Add($"{refs.Org}/{refs.Repo}"))
            {
                diagnostics.Warning(job.LocationOf("extra_refs"), job.DisplayName, "extra_refs",
                    $"repository {refs.Org}/{refs.Repo} is cloned more than once");
            }
        }
    }
}
