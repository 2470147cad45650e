namespace Bowsprit.Sqlite;

/// <summary>Where a delivery is in its life.</summary>
public enum InboxState
{
    Pending = 0,
    Done = 1,
    Failed = 2,
}
