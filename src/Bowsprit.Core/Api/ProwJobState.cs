using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>ProwJob lifecycle state; wire values are Prow's.</summary>
[JsonConverter(typeof(ProwJobStateJsonConverter))]
public enum ProwJobState
{
    /// <summary>Not set (Go's empty string); never written.</summary>
    [JsonStringEnumMemberName("")] None,
    [JsonStringEnumMemberName("scheduling")] Scheduling,
    [JsonStringEnumMemberName("triggered")] Triggered,
    [JsonStringEnumMemberName("pending")] Pending,
    [JsonStringEnumMemberName("success")] Success,
    [JsonStringEnumMemberName("failure")] Failure,
    [JsonStringEnumMemberName("aborted")] Aborted,
    [JsonStringEnumMemberName("error")] Error,
}
