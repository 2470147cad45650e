using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>What triggered a ProwJob; wire values are Prow's.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProwJobType>))]
public enum ProwJobType
{
    [JsonStringEnumMemberName("presubmit")] Presubmit,
    [JsonStringEnumMemberName("postsubmit")] Postsubmit,
    [JsonStringEnumMemberName("periodic")] Periodic,
    [JsonStringEnumMemberName("batch")] Batch,
}
