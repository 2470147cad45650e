namespace Bowsprit.Sqlite;

/// <summary>
/// A webhook delivery as accepted: the raw body and the headers needed to process or forward it again.
/// <see cref="OrderingKey"/> groups deliveries that must be processed in arrival order (one pull request or repo).
/// </summary>
public sealed record InboxDelivery(
    long Sequence,
    string Guid,
    string Event,
    string OrderingKey,
    byte[] Body,
    string Signature,
    DateTimeOffset ReceivedAt,
    InboxState State,
    int Attempts,
    string? Error);
