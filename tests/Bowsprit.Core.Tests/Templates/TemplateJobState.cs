using System.Text.Json.Serialization;

namespace Bowsprit.Core.Tests.Templates;

public enum TemplateJobState
{
    [JsonStringEnumMemberName("triggered")]
    Triggered,

    [JsonStringEnumMemberName("pending")]
    Pending,

    [JsonStringEnumMemberName("success")]
    Success,

    [JsonStringEnumMemberName("failure")]
    Failure,

    // No attribute: prints as the member name.
    Aborted,
}
