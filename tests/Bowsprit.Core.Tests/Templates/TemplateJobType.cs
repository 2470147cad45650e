using System.Text.Json.Serialization;

namespace Bowsprit.Core.Tests.Templates;

public enum TemplateJobType
{
    [JsonStringEnumMemberName("presubmit")]
    Presubmit,

    [JsonStringEnumMemberName("postsubmit")]
    Postsubmit,

    [JsonStringEnumMemberName("periodic")]
    Periodic,

    [JsonStringEnumMemberName("batch")]
    Batch,
}
