using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Jobs;

namespace Bowsprit.Core.Config.Validation;

/// <summary>What a job's pod spec must look like so decoration and the pod utilities can work with it.</summary>
internal sealed class PodSpecRules(ConfigDiagnostics diagnostics)
{
    /// <summary>Container names the decorated pod adds itself.</summary>
    private static readonly HashSet<string> ReservedContainers = new(StringComparer.Ordinal)
    {
        "clonerefs", "initupload", "place-entrypoint", "sidecar",
    };

    /// <summary>Environment variables Prow sets on every job container.</summary>
    private static readonly HashSet<string> ReservedForAll = new(StringComparer.Ordinal)
    {
        "BUILD_ID", "BUILD_NUMBER", "JOB_NAME", "JOB_SPEC", "JOB_TYPE", "PROW_JOB_ID",
    };

    /// <summary>Set for jobs with refs (not periodics): a periodic may define these itself.</summary>
    private static readonly HashSet<string> ReservedForRepoJobs = new(StringComparer.Ordinal)
    {
        "REPO_OWNER", "REPO_NAME", "PULL_BASE_REF", "PULL_BASE_SHA", "PULL_REFS",
    };

    /// <summary>Set for presubmits only.</summary>
    private static readonly HashSet<string> ReservedForPresubmits = new(StringComparer.Ordinal)
    {
        "PULL_NUMBER", "PULL_PULL_SHA", "PULL_HEAD_REF", "PULL_TITLE",
    };

    private static readonly HashSet<string> ReservedVolumes = new(StringComparer.Ordinal)
    {
        "logs", "code", "tools", "gcs-credentials", "s3-credentials",
    };

    private static readonly HashSet<string> ReservedMountPaths = new(StringComparer.Ordinal)
    {
        "/logs", "/home/prow/go", "/tools",
    };

    private static bool IsReservedEnv(ProwJobType type, string name) =>
        ReservedForAll.Contains(name) ||
        (type != ProwJobType.Periodic && ReservedForRepoJobs.Contains(name)) ||
        (type is ProwJobType.Presubmit or ProwJobType.Batch && ReservedForPresubmits.Contains(name));

    public void Validate(JobBase job)
    {
        var spec = job.Spec!;
        var at = job.LocationOf("spec");
        var containers = spec.Containers ?? [];
        if (containers.Count == 0)
        {
            diagnostics.Error(at, job.DisplayName, "spec.containers", "the pod spec needs at least one container");
            return;
        }

        if (containers.Count > 1)
        {
            if (!job.IsDecorated)
            {
                diagnostics.Error(at, job.DisplayName, "spec.containers", "more than one container requires decorate: true");
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var container in containers)
            {
                if (string.IsNullOrEmpty(container.Name) || !names.Add(container.Name))
                {
                    diagnostics.Error(at, job.DisplayName, "spec.containers", $"containers need unique names; \"{container.Name}\" is missing or repeated");
                }
                else if (ReservedContainers.Contains(container.Name))
                {
                    diagnostics.Error(at, job.DisplayName, "spec.containers", $"container name {container.Name} is reserved for decoration");
                }
            }
        }

        foreach (var init in spec.InitContainers ?? [])
        {
            if (job.IsDecorated && init.RestartPolicy != "Always")
            {
                diagnostics.Error(at, job.DisplayName, "spec.initContainers",
                    $"init container {init.Name} is not a native sidecar (restartPolicy: Always); decorated jobs only allow those");
            }
        }

        for (var i = 0; i < containers.Count; i++)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var env in containers[i].Env ?? [])
            {
                if (IsReservedEnv(job.Type, env.Name))
                {
                    diagnostics.Error(at, job.DisplayName, $"spec.containers[{i}].env", $"{env.Name} is set by Prow and may not be overridden");
                }
                else if (!seen.Add(env.Name))
                {
                    diagnostics.Error(at, job.DisplayName, $"spec.containers[{i}].env", $"env var {env.Name} is set twice");
                }
            }

            if (job.IsDecorated)
            {
                foreach (var mount in containers[i].VolumeMounts ?? [])
                {
                    if (ReservedMountPaths.Contains(mount.MountPath.TrimEnd('/')))
                    {
                        diagnostics.Error(at, job.DisplayName, $"spec.containers[{i}].volumeMounts", $"mount path {mount.MountPath} is reserved for decoration");
                    }
                }
            }
        }

        if (job.IsDecorated)
        {
            foreach (var volume in spec.Volumes ?? [])
            {
                if (ReservedVolumes.Contains(volume.Name))
                {
                    diagnostics.Error(at, job.DisplayName, "spec.volumes", $"volume name {volume.Name} is reserved for decoration");
                }
            }
        }
    }
}
