namespace Bowsprit.Sqlite.Tests;

public sealed class SqliteWebhookInboxTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddCompleteReplayPrune_FollowDeliveryLifecycle()
    {
        var path = Path.Combine(Path.GetTempPath(), "bowsprit-sqlite-tests", Guid.NewGuid().ToString("N"), "inbox.db");
        await using var inbox = await SqliteWebhookInbox.OpenAsync(path, Ct);
        var t0 = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

        Assert.NotNull(await inbox.AddAsync("g1", "push", "o/r", [1], "sig", t0, Ct));
        Assert.Null(await inbox.AddAsync("g1", "push", "o/r", [1], "sig", t0, Ct));
        Assert.NotNull(await inbox.AddAsync("g2", "issue_comment", "o/r#1", [2], "sig", t0.AddMinutes(5), Ct));
        Assert.Equal(["g1", "g2"], (await inbox.PendingAsync(10, Ct)).Select(d => d.Guid));

        await inbox.CompleteAsync("g1", null, Ct);
        await inbox.CompleteAsync("g2", "plugin failed", Ct);
        Assert.Empty(await inbox.PendingAsync(10, Ct));
        Assert.Equal(InboxState.Failed, (await inbox.GetAsync("g2", Ct))!.State);

        Assert.Equal(1, await inbox.ReplaySinceAsync(t0.AddMinutes(1), Ct));
        Assert.Equal(["g2"], (await inbox.PendingAsync(10, Ct)).Select(d => d.Guid));
        Assert.Equal(1, await inbox.PruneAsync(t0.AddMinutes(1), Ct));
        Assert.Null(await inbox.GetAsync("g1", Ct));
    }

    [Fact]
    public async Task ConcurrentAdds_AreEachStoredOnceAndSurviveReopening()
    {
        var path = Path.Combine(Path.GetTempPath(), "bowsprit-sqlite-tests", Guid.NewGuid().ToString("N"), "inbox.db");
        var t0 = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
        InboxDelivery?[] results;
        await using (var inbox = await SqliteWebhookInbox.OpenAsync(path, Ct))
        {
            // 2,000 writes racing into shared commits, every id sent twice (GitHub redeliveries).
            results = await Task.WhenAll(Enumerable.Range(0, 2000).Select(i =>
                Task.Run(() => inbox.AddAsync($"g{i % 1000}", "push", $"o/r{i % 7}", [(byte)i], "sig", t0, Ct), Ct)));
        }

        var stored = results.OfType<InboxDelivery>().ToList();
        Assert.Equal(1000, stored.Count);
        Assert.Equal(1000, stored.Select(d => d.Guid).Distinct().Count());
        Assert.Equal(1000, stored.Select(d => d.Sequence).Distinct().Count());

        await using var reopened = await SqliteWebhookInbox.OpenAsync(path, Ct);
        var pending = await reopened.PendingAsync(5000, Ct);
        Assert.Equal(stored.OrderBy(d => d.Sequence).Select(d => d.Guid), pending.Select(d => d.Guid));
    }
}
