using Bowsprit.Plugins.Assign;
using Bowsprit.Plugins.Framework;
using Bowsprit.Plugins.Help;
using Bowsprit.Plugins.Hold;
using Bowsprit.Plugins.Label;
using Bowsprit.Plugins.Lifecycle;
using Bowsprit.Plugins.Override;
using Bowsprit.Plugins.Retitle;
using Bowsprit.Plugins.Size;
using Bowsprit.Plugins.Skip;
using Bowsprit.Plugins.Trigger;
using Bowsprit.Plugins.Welcome;
using Bowsprit.Plugins.Wip;

namespace Bowsprit.Plugins;

/// <summary>
/// Every plugin built into hook, listed explicitly in one place (Prow's plugin-imports.go without the init()
/// globals). plugins.yaml decides which of them run for a repository; <see cref="PluginDispatcher"/> takes this list.
/// </summary>
public static class BuiltInPlugins
{
    public static IReadOnlyList<IPlugin> Create() =>
    [
        new TriggerPlugin(),
        new AssignPlugin(),
        new HelpPlugin(),
        new HoldPlugin(),
        new LabelPlugin(),
        new LifecyclePlugin(),
        new OverridePlugin(),
        new RetitlePlugin(),
        new SizePlugin(),
        new SkipPlugin(),
        new WelcomePlugin(),
        new WipPlugin(),
    ];
}
