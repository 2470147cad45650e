using System.Threading.Channels;
using Bowsprit.Forge.State;

namespace Bowsprit.Forge.Webhooks;

/// <summary>Hands events from writes to the dispatcher without making writers wait for HTTP.</summary>
public sealed class WebhookQueue
{
    private readonly Channel<PendingWebhook> _channel = Channel.CreateUnbounded<PendingWebhook>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<PendingWebhook> Reader => _channel.Reader;

    public void Enqueue(PendingWebhook webhook) => _channel.Writer.TryWrite(webhook);
}
