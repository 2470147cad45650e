using Bowsprit.Core.Plugins;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Hook.Tests.Support;

/// <summary>A plugin that always fails, to show one plugin's failure never affects another's work.</summary>
public sealed class ThrowingPlugin : IPlugin, IGenericCommentHandler
{
    public string Name => "thrower";

    public PluginHelp Help(PluginsConfig config) => new() { Description = "Always throws (tests only)." };

    public Task HandleGenericCommentAsync(PluginContext context, GenericCommentEvent comment, CancellationToken ct) =>
        throw new InvalidOperationException("boom from thrower");
}
