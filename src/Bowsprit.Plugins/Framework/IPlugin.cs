using Bowsprit.Core.Plugins;

namespace Bowsprit.Plugins.Framework;

/// <summary>
/// A hook plugin. It handles events by also implementing one or more handler interfaces
/// (<see cref="IGenericCommentHandler"/>, <see cref="IPullRequestHandler"/>, ...), the way Prow plugins
/// register one handler per event type.
/// </summary>
public interface IPlugin
{
    /// <summary>The name used in <c>plugins.yaml</c>.</summary>
    string Name { get; }

    /// <summary>Help for deck and <c>/help</c>: what it does, its commands and who may use them.</summary>
    PluginHelp Help(PluginsConfig config);
}
