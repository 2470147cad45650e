using System.Text.Json;

namespace Bowsprit.Deck.Pages;

/// <summary>Where plugin help comes from: an in-process hook when there is one, else hook's <c>/plugin-help</c> over HTTP (<c>--hook-url</c>).</summary>
internal sealed class PluginHelpSource(DeckOptions options, IHttpClientFactory clients, IServiceProvider services)
{
    public bool Configured => options.PluginHelp is not null || !string.IsNullOrEmpty(options.HookUrl);

    /// <summary>The raw JSON; throws <see cref="HttpRequestException"/> when hook cannot be reached.</summary>
    public async Task<byte[]> JsonAsync(CancellationToken ct)
    {
        if (options.PluginHelp is { } inProcess)
        {
            return await inProcess(services, ct);
        }

        var http = clients.CreateClient(DeckServiceCollectionExtensions.HttpClientName);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        return await http.GetByteArrayAsync(options.HookUrl, timeout.Token);
    }

    public async Task<PluginHelpData> LoadAsync(CancellationToken ct) =>
        JsonSerializer.Deserialize<PluginHelpData>(await JsonAsync(ct)) ?? new PluginHelpData();
}
