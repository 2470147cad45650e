namespace Bowsprit.Forge.State;

/// <summary>One attempt to deliver a webhook, kept for the deliveries API.</summary>
public sealed class ForgeDelivery
{
    public long Id { get; set; }
    public string Guid { get; set; } = "";
    public long HookId { get; set; }
    public string Event { get; set; } = "";
    public string? Action { get; set; }
    public long? RepositoryId { get; set; }
    public DateTimeOffset DeliveredAt { get; set; }
    public bool Redelivery { get; set; }
    public double Duration { get; set; }
    public int StatusCode { get; set; }
    public string Status { get; set; } = "";
    public string Payload { get; set; } = "";
    public string? ResponseBody { get; set; }
}
