namespace Bowsprit.Forge.State;

/// <summary>What one write touched: the documents to persist and the webhooks to send once it is stored.</summary>
public sealed class ForgeChanges
{
    public HashSet<ForgeRepo> Repos { get; } = [];

    public HashSet<string> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Orgs { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool Meta { get; set; }

    public List<PendingWebhook> Webhooks { get; } = [];

    public void Touch(ForgeRepo repo) => Repos.Add(repo);

    public void Publish(PendingWebhook webhook) => Webhooks.Add(webhook);
}
