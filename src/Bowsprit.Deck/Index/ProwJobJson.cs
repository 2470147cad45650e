using System.Text.Json.Nodes;
using Bowsprit.Core.Api;

namespace Bowsprit.Deck.Index;

/// <summary>A ProwJob's JSON as deck serves it, optionally with Prow's omittable fields stripped.</summary>
public static class ProwJobJson
{
    public const int OmitVariants = 16;

    public static ProwJobOmit ParseOmit(string? omit)
    {
        var result = ProwJobOmit.None;
        foreach (var field in (omit ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            result |= field switch
            {
                "annotations" => ProwJobOmit.Annotations,
                "labels" => ProwJobOmit.Labels,
                "decoration_config" => ProwJobOmit.DecorationConfig,
                "pod_spec" => ProwJobOmit.PodSpec,
                _ => ProwJobOmit.None,
            };
        }

        return result;
    }

    public static byte[] Serialize(ProwJob job, ProwJobOmit omit)
    {
        var full = ProwJson.SerializeToUtf8Bytes(job);
        var hasManagedFields = job.Metadata.ManagedFields is { Count: > 0 };
        if (omit == ProwJobOmit.None && !hasManagedFields)
        {
            return full;
        }

        var node = JsonNode.Parse(full)!.AsObject();
        var metadata = node["metadata"]?.AsObject();
        var spec = node["spec"]?.AsObject();
        metadata?.Remove("managedFields");
        if (omit.HasFlag(ProwJobOmit.Annotations))
        {
            metadata?.Remove("annotations");
        }

        if (omit.HasFlag(ProwJobOmit.Labels))
        {
            metadata?.Remove("labels");
        }

        if (omit.HasFlag(ProwJobOmit.DecorationConfig))
        {
            spec?.Remove("decoration_config");
        }

        // Prow keeps one empty container per real one, so the UI can still count containers.
        if (omit.HasFlag(ProwJobOmit.PodSpec) && job.Spec.PodSpec is { } podSpec && spec is not null)
        {
            var containers = new JsonArray();
            foreach (var unused in podSpec.Containers ?? [])
            {
                containers.Add(new JsonObject { ["name"] = "", ["resources"] = new JsonObject() });
            }

            spec["pod_spec"] = new JsonObject { ["containers"] = containers };
        }

        return System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());
    }
}
