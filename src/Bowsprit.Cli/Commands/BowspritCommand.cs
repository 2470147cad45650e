using System.CommandLine;
using Bowsprit.Cli.Commands.Up;

namespace Bowsprit.Cli.Commands;

/// <summary>The <c>bowsprit</c> command table; each subcommand lives in its own file.</summary>
internal static class BowspritCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Bowsprit: a Kubernetes-native, Prow-compatible CI/CD system.");
        root.Subcommands.Add(UpCommand.Create());
        root.Subcommands.Add(CheckConfigCommand.Create());
        root.Subcommands.Add(ForgeCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(HookCommand.Create());
        root.Subcommands.Add(MkpjCommand.Create());
        foreach (var utility in PodUtilityCommands.Create())
        {
            root.Subcommands.Add(utility);
        }

        return root;
    }
}
