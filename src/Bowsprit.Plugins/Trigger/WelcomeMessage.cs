using Bowsprit.Core.Plugins;
using Bowsprit.GitHub.Models;

namespace Bowsprit.Plugins.Trigger;

/// <summary>What trigger tells the author of a PR it will not test yet, and what the draft notice says.</summary>
internal static class WelcomeMessage
{
    public const string Draft =
        "Skipping CI for Draft Pull Request.\nIf you want CI signal for your change, please convert it to an actual PR.\n" +
        "You can still manually trigger a test run with `/test all`";

    private const string Footer = "\n<details>\n\nInstructions for interacting with me using comments are available with `/help`.\n</details>";

    public static string Build(TriggerConfig config, Repository repo, PullRequest pr)
    {
        var org = repo.Owner.Login;
        var host = HostOf(repo);
        if (config.IgnoreOkToTest)
        {
            return $"Hi @{pr.User.Login}. Thanks for your PR.\n\n" +
                "PRs from untrusted users cannot be marked as trusted with `/ok-to-test` in this repository, so their tests " +
                "never start automatically. Trusted users can still start them on this PR with `/test all`.\n" + Footer;
        }

        var trustedOrg = !string.IsNullOrEmpty(config.TrustedOrg) && !string.Equals(config.TrustedOrg, org, StringComparison.OrdinalIgnoreCase)
            ? $" or [{config.TrustedOrg}]({host}/orgs/{config.TrustedOrg}/people)"
            : "";
        var joinUrl = string.IsNullOrEmpty(config.JoinOrgUrl) ? $"{host}/orgs/{org}/people" : config.JoinOrgUrl;
        return $"Hi @{pr.User.Login}. Thanks for your PR.\n\n" +
            $"I'm waiting for a [{org}]({host}/orgs/{org}/people){trustedOrg} member to verify that this patch is reasonable to test. " +
            "If it is, they should reply with `/ok-to-test` on its own line. Until that is done, I will not automatically test new " +
            "commits in this PR, but the usual testing commands by org members will still work. Regular contributors should " +
            $"[join the org]({joinUrl}) to skip this step.\n\n" +
            $"Once the patch is verified, the new status will be reflected by the `{TriggerLabels.OkToTest}` label.\n" + Footer;
    }

    /// <summary>The forge's web root (<c>https://github.com</c> on GitHub), derived from the repository's own link.</summary>
    private static string HostOf(Repository repo)
    {
        var link = repo.HtmlUrl?.TrimEnd('/') ?? "";
        var suffix = $"/{repo.Owner.Login}/{repo.Name}";
        return link.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? link[..^suffix.Length] : "https://github.com";
    }
}
