using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>Defaults stamped on ProwJobs (tenancy, result store).</summary>
public sealed class ProwJobDefault
{
    /// <summary>The tenant Prow assigns when nothing else does.</summary>
    public const string GlobalDefaultTenantId = "GlobalDefaultID";

    [JsonPropertyName("tenant_id")] public string? TenantId { get; set; }
    [JsonPropertyName("resultstore_config")] public ResultStoreConfig? ResultStoreConfig { get; set; }
}
