using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Bowsprit.GitHub.Models;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>One delivery with its request and response, as <c>GET .../deliveries/{id}</c> returns it.</summary>
internal sealed class HookDeliveryDetail
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
    [JsonPropertyName("request")] public JsonObject Request { get; set; } = [];
    [JsonPropertyName("response")] public JsonObject Response { get; set; } = [];

    public static HookDelivery Summary(State.ForgeDelivery d) => new()
    {
        Id = d.Id, Guid = d.Guid, DeliveredAt = d.DeliveredAt, Redelivery = d.Redelivery, Duration = d.Duration,
        Status = d.Status, StatusCode = d.StatusCode, Event = d.Event, Action = d.Action, RepositoryId = d.RepositoryId,
    };
}
