using Bowsprit.Core.Config.Jobs;
using k8s.Models;

namespace Bowsprit.Core.Config.Defaulting;

/// <summary>Adds matching presets' env, volumes, mounts and tolerations to a job's pod spec.</summary>
internal static class PresetApplier
{
    /// <summary>Applies every matching preset; returns a message per name collision (a load error).</summary>
    public static IEnumerable<string> Apply(JobBase job, IReadOnlyList<Preset> presets)
    {
        if (job.Spec is null)
        {
            yield break;
        }

        foreach (var preset in presets)
        {
            if (!preset.AppliesTo(job.Labels))
            {
                continue;
            }

            foreach (var volume in preset.Volumes ?? [])
            {
                job.Spec.Volumes ??= new List<V1Volume>();
                if (job.Spec.Volumes.Any(v => v.Name == volume.Name))
                {
                    yield return $"volume {volume.Name} from preset at {preset.Source} is already in the pod spec";
                    continue;
                }

                job.Spec.Volumes.Add(volume);
            }

            foreach (var toleration in preset.Tolerations ?? [])
            {
                job.Spec.Tolerations ??= new List<V1Toleration>();
                job.Spec.Tolerations.Add(toleration);
            }

            foreach (var container in job.Spec.Containers ?? [])
            {
                foreach (var env in preset.Env ?? [])
                {
                    container.Env ??= new List<V1EnvVar>();
                    if (container.Env.Any(e => e.Name == env.Name))
                    {
                        yield return $"env var {env.Name} from preset at {preset.Source} is already set in container {container.Name}";
                        continue;
                    }

                    container.Env.Add(env);
                }

                foreach (var mount in preset.VolumeMounts ?? [])
                {
                    container.VolumeMounts ??= new List<V1VolumeMount>();
                    if (container.VolumeMounts.Any(m => m.Name == mount.Name && m.MountPath == mount.MountPath))
                    {
                        yield return $"volume mount {mount.Name} from preset at {preset.Source} is already in container {container.Name}";
                        continue;
                    }

                    container.VolumeMounts.Add(mount);
                }
            }
        }
    }
}
