using System.Text.Json;
using Bowsprit.Core.Config;
using Bowsprit.Core.Plugins;
using Bowsprit.Deck;
using Bowsprit.Hook;
using Bowsprit.Spyglass;
using Bowsprit.Spyglass.Pages;
using Bowsprit.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Bowsprit.Server;

/// <summary>
/// The <c>deck</c> component: deck's options from <c>serve</c>'s flags. Plugin help comes straight from hook when
/// hook runs in the same process, else from <c>--hook-url</c>. Spyglass comes with it.
/// </summary>
internal static class DeckComponent
{
    public static void Add(WebApplicationBuilder builder, ServeOptions options, Func<ProwConfig> config, Func<PluginsConfig>? plugins)
    {
        var inProcessHook = options.Components.Contains("hook");
        builder.Services.AddDeck(new DeckOptions
        {
            Config = config,
            HookUrl = options.HookUrl,
            Plugins = plugins,
            PluginHelp = inProcessHook ? static (services, _) => Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(services.GetRequiredService<PluginHelpProvider>().Build())) : null,
            RerunCreatesJob = options.RerunCreatesJob,
            CookieSecret = string.IsNullOrEmpty(options.CookieSecretFile) ? null : File.ReadAllBytes(options.CookieSecretFile),
            GitHubOAuth = string.IsNullOrEmpty(options.GitHubOAuthConfigFile) ? null : GitHubOAuthConfig.Load(options.GitHubOAuthConfigFile),
            GitHubApiUrl = options.GitHubEndpoint,
            GitHubOAuthHost = OAuthHost(options.GitHubEndpoint),
        });

        // Spyglass serves the job pages deck links to (/view/local/artifacts/... for embedded runs), in deck's chrome.
        builder.Services.AddSingleton<ISpyglassPageShell, DeckSpyglassShell>();
        var local = new LocalArtifactStore(EmbeddedPaths.Artifacts(options));
        builder.Services.AddSpyglass(new SpyglassOptions
        {
            Config = () => config().Deck?.Spyglass,
            CodeHostUrl = new Uri(OAuthHost(options.GitHubEndpoint)),

            // Local runs keep their files here whatever bucket a job names (an existing Prow config says gs://...).
            AnyOtherBucket = local,
        }.AddBucket(SpyglassOptions.LocalProvider, EmbeddedPaths.LocalBucketName, local));
    }

    /// <summary>github.com's OAuth pages live on github.com, not api.github.com; GitHub Enterprise and the forge serve them beside <c>/api/v3</c>.</summary>
    internal static string OAuthHost(string apiUrl)
    {
        var trimmed = apiUrl.TrimEnd('/');
        if (trimmed.EndsWith("/api/v3", StringComparison.Ordinal))
        {
            return trimmed[..^"/api/v3".Length];
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Host.StartsWith("api.", StringComparison.Ordinal)
            ? $"{uri.Scheme}://{uri.Host[4..]}"
            : trimmed;
    }
}
