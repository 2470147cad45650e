using System.Text;
using System.Text.Json;
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

    /// <summary>The full JSON (metadata.managedFields always dropped, as Prow does).</summary>
    public static byte[] Serialize(ProwJob job) => Strip(ProwJson.SerializeToUtf8Bytes(job), ProwJobOmit.None, 0);

    /// <summary>
    /// <paramref name="full"/> with the omitted members cut out. Works on the bytes (one reader pass, splicing
    /// ranges), so a variant costs microseconds instead of another serialization.
    /// </summary>
    public static byte[] Strip(byte[] full, ProwJobOmit omit, int containerCount)
    {
        var cuts = new List<(int Start, int End, byte[]? Replacement)>();
        var reader = new Utf8JsonReader(full);
        string? section = null;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var depth = reader.CurrentDepth;
            if (depth == 1)
            {
                section = reader.ValueTextEquals("metadata"u8) ? "metadata" : reader.ValueTextEquals("spec"u8) ? "spec" : null;
                if (section is null)
                {
                    reader.Read();
                    reader.Skip();
                }

                continue;
            }

            if (depth != 2)
            {
                continue;
            }

            var start = (int)reader.TokenStartIndex;
            byte[]? replacement = null;
            var cut = section switch
            {
                "metadata" => reader.ValueTextEquals("managedFields"u8) ||
                              (omit.HasFlag(ProwJobOmit.Labels) && reader.ValueTextEquals("labels"u8)) ||
                              (omit.HasFlag(ProwJobOmit.Annotations) && reader.ValueTextEquals("annotations"u8)),
                "spec" => (omit.HasFlag(ProwJobOmit.DecorationConfig) && reader.ValueTextEquals("decoration_config"u8)) ||
                          (omit.HasFlag(ProwJobOmit.PodSpec) && reader.ValueTextEquals("pod_spec"u8)),
                _ => false,
            };
            if (section == "spec" && omit.HasFlag(ProwJobOmit.PodSpec) && reader.ValueTextEquals("pod_spec"u8))
            {
                // Prow keeps one empty container per real one, so the UI can still count containers.
                replacement = Encoding.UTF8.GetBytes("\"pod_spec\":{\"containers\":[" +
                    string.Join(',', Enumerable.Repeat("{\"name\":\"\",\"resources\":{}}", containerCount)) + "]}");
            }

            reader.Read();
            reader.Skip();
            if (cut)
            {
                cuts.Add((start, (int)reader.BytesConsumed, replacement));
            }
        }

        if (cuts.Count == 0)
        {
            return full;
        }

        var output = new List<byte>(full.Length);
        var position = 0;
        foreach (var (start, end, replacement) in cuts)
        {
            var from = start;
            var to = end;
            if (replacement is null)
            {
                // Take the comma before the member, or after it when it is the first one.
                if (full[from - 1] == (byte)',')
                {
                    from--;
                }
                else if (to < full.Length && full[to] == (byte)',')
                {
                    to++;
                }
            }

            if (from < position)
            {
                // The comma before this member went with the previous cut: take the one after it instead.
                from = position;
                if (replacement is null && to < full.Length && full[to] == (byte)',')
                {
                    to++;
                }
            }

            output.AddRange(full.AsSpan(position, from - position));
            if (replacement is not null)
            {
                output.AddRange(replacement);
            }

            position = to;
        }

        output.AddRange(full.AsSpan(position));
        return [.. output];
    }
}
