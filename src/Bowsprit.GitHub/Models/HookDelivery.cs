using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>One attempt to deliver a webhook, as the deliveries API lists it.</summary>
public sealed class HookDelivery
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("guid")] public string Guid { get; set; } = "";
    [JsonPropertyName("delivered_at")] public DateTimeOffset DeliveredAt { get; set; }
    [JsonPropertyName("redelivery")] public bool Redelivery { get; set; }
    [JsonPropertyName("duration")] public double Duration { get; set; }
    [JsonPropertyName("status")] public string Status { get; set; } = "";
    [JsonPropertyName("status_code")] public int StatusCode { get; set; }
    [JsonPropertyName("event")] public string Event { get; set; } = "";
    [JsonPropertyName("action")] public string? Action { get; set; }
    [JsonPropertyName("repository_id")] public long? RepositoryId { get; set; }
}
