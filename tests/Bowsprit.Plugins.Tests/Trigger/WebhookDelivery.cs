namespace Bowsprit.Plugins.Tests.Trigger;

/// <summary>One webhook the forge delivered: event name, delivery id and raw body.</summary>
internal sealed record WebhookDelivery(string Event, string Guid, byte[] Body);
