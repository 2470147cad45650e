using System.Globalization;
using Bowsprit.Core.Api;

namespace Bowsprit.Core.ProwJobs;

/// <summary>
/// The environment Prow gives a job's container: the container's own <c>env</c> (presets already merged by config
/// loading), then the job variables, which win on a clash as they do in a decorated pod.
/// </summary>
public static class JobEnvironment
{
    /// <summary>The variables, sorted by name (ordinal) as Prow sorts them.</summary>
    public static IReadOnlyDictionary<string, string> For(ProwJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var env = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in job.Spec.PodSpec?.Containers?.FirstOrDefault()?.Env ?? [])
        {
            // valueFrom (secrets, downward API) has no meaning outside a cluster.
            if (!string.IsNullOrEmpty(variable.Name) && variable.Value is not null)
            {
                env[variable.Name] = variable.Value;
            }
        }

        foreach (var (name, value) in JobVariables(job))
        {
            env[name] = value;
        }

        return env;
    }

    /// <summary>Only the variables Prow derives from the ProwJob, without the container's own.</summary>
    public static IReadOnlyDictionary<string, string> JobVariables(ProwJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var spec = job.Spec;
        var buildId = job.Status.BuildId ?? "";
        var env = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["CI"] = "true",
            ["JOB_NAME"] = spec.Job ?? "",
            ["JOB_TYPE"] = TypeName(spec.Type),
            ["JOB_SPEC"] = JobSpecJson(job),
            ["BUILD_ID"] = buildId,
            ["BUILD_NUMBER"] = buildId,
            ["PROW_JOB_ID"] = job.Name,
        };

        // Periodics carry no refs of their own; a periodic with extra_refs still gets no repo variables, as in Prow.
        if (spec.Type == ProwJobType.Periodic || spec.Refs is not { } refs)
        {
            return env;
        }

        env["REPO_OWNER"] = refs.Org;
        env["REPO_NAME"] = refs.Repo;
        env["PULL_BASE_REF"] = refs.BaseRef ?? "";
        env["PULL_BASE_SHA"] = refs.BaseSha ?? "";
        env["PULL_REFS"] = refs.ToString();
        if (spec.Type == ProwJobType.Presubmit && refs.Pulls is [var pull, ..])
        {
            env["PULL_NUMBER"] = pull.Number.ToString(CultureInfo.InvariantCulture);
            env["PULL_PULL_SHA"] = pull.Sha;
            env["PULL_HEAD_REF"] = pull.HeadRef ?? "";
            if (!string.IsNullOrEmpty(pull.Title))
            {
                env["PULL_TITLE"] = pull.Title;
            }
        }

        return env;
    }

    /// <summary>The downward-API document in <c>JOB_SPEC</c>, which the pod utilities parse back.</summary>
    public static string JobSpecJson(ProwJob job) => DownwardJobSpec.From(job).ToJson();

    private static string TypeName(ProwJobType type) =>
        ProwJson.Serialize(type).Trim('"');
}
