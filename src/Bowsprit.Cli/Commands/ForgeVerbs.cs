using System.CommandLine;
using System.Globalization;
using System.Net.Http.Json;

namespace Bowsprit.Cli.Commands;

/// <summary>The <c>bowsprit forge --url BASE VERB</c> subcommands, each a few REST or admin calls.</summary>
internal static class ForgeVerbs
{
    public static readonly Option<string> Url = new("--url")
    {
        Description = "The forge's base URL (default: the one `bowsprit up` runs from ./.bowsprit, else http://127.0.0.1:3000)",
        DefaultValueFactory = _ => UpDemoDefaults.Find()?.ForgeUrl ?? "http://127.0.0.1:3000",
        Recursive = true,
    };

    public static readonly Option<string?> Token = new("--token")
    {
        Description = "API token (default: the demo user's with `bowsprit up`'s forge, else anonymous, allowed unless --require-auth)",
        DefaultValueFactory = _ => UpDemoDefaults.Find()?.UserToken,
        Recursive = true,
    };
    private static readonly Option<string?> As = new("--as") { Description = "Act as this user (the admin API mints a token)" };

    public static IEnumerable<Command> Create()
    {
        yield return Verb("add-user", "Create a user and print a token for it", [Arg("login")], [Opt("--email"), Flag("--admin")], async (p, f, ct) =>
        {
            await f.AdminAsync(HttpMethod.Post, "users", new { login = p.GetValue<string>("login"), email = p.GetValue<string?>("--email"), site_admin = p.GetValue<bool>("--admin") }, ct);
            return await f.TokenForAsync(p.GetValue<string>("login")!, ct);
        });
        yield return Verb("create-org", "Create an organization", [Arg("org")], [], async (p, f, ct) =>
        {
            await f.AdminAsync(HttpMethod.Post, "orgs", new { login = p.GetValue<string>("org") }, ct);
            return $"created {p.GetValue<string>("org")}";
        });
        yield return Verb("add-member", "Add a user to an organization", [Arg("org"), Arg("login")], [Opt("--role")], async (p, f, ct) =>
        {
            await f.AdminAsync(HttpMethod.Put, $"orgs/{p.GetValue<string>("org")}/members/{p.GetValue<string>("login")}", new { role = p.GetValue<string?>("--role") ?? "member" }, ct);
            return $"{p.GetValue<string>("login")} is a member of {p.GetValue<string>("org")}";
        });
        yield return Verb("create-repo", "Create a repository (initialized with a README)", [Arg("repo")], [Flag("--empty")], async (p, f, ct) =>
        {
            var (org, name) = Repo(p.GetValue<string>("repo")!);
            var client = await f.ClientAsync(p.GetValue(As), ct);
            var repo = await client.CreateOrgRepoAsync(org, name, autoInit: !p.GetValue<bool>("--empty"), ct);
            return repo.CloneUrl ?? repo.FullName;
        });
        yield return Verb("commit", "Commit files to a branch without a git client", [Arg("repo")], [Opt("--branch"), Opt("--from"), Opt("--message"), Many("--file")], async (p, f, ct) =>
        {
            var (org, name) = Repo(p.GetValue<string>("repo")!);
            var files = (p.GetValue<string[]>("--file") ?? []).Select(x => x.Split('=', 2)).ToDictionary(x => x[0], x => x.Length > 1 ? x[1].Replace("\\n", "\n", StringComparison.Ordinal) : null);
            var response = await f.AdminAsync(HttpMethod.Post, $"repos/{org}/{name}/commits", new { branch = p.GetValue<string?>("--branch"), from = p.GetValue<string?>("--from"), message = p.GetValue<string?>("--message"), files }, ct);
            return (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>(ct))!["sha"];
        });
        yield return Verb("open-pr", "Open a pull request", [Arg("repo")], [Opt("--head"), Opt("--base"), Opt("--title"), Opt("--body")], async (p, f, ct) =>
        {
            var (org, name) = Repo(p.GetValue<string>("repo")!);
            var client = await f.ClientAsync(p.GetValue(As), ct);
            var repo = await client.GetRepositoryAsync(org, name, ct);
            var pr = await client.CreatePullRequestAsync(org, name, p.GetValue<string?>("--title") ?? p.GetValue<string>("--head")!, p.GetValue<string>("--head")!,
                p.GetValue<string?>("--base") ?? repo.DefaultBranch, p.GetValue<string?>("--body"), draft: false, ct);
            return pr.HtmlUrl ?? $"#{pr.Number}";
        });
        yield return Verb("comment", "Comment on an issue or pull request", [Arg("target"), Arg("text")], [], async (p, f, ct) =>
        {
            var (org, name, number) = Target(p.GetValue<string>("target")!);
            var client = await f.ClientAsync(p.GetValue(As), ct);
            return (await client.CreateCommentAsync(org, name, number, p.GetValue<string>("text")!, ct)).HtmlUrl ?? "ok";
        });
        yield return Verb("label", "Add (or with --remove, remove) labels", [Arg("target"), ManyArg("labels")], [Flag("--remove")], async (p, f, ct) =>
        {
            var (org, name, number) = Target(p.GetValue<string>("target")!);
            var client = await f.ClientAsync(p.GetValue(As), ct);
            var labels = p.GetValue<string[]>("labels") ?? [];
            if (p.GetValue<bool>("--remove"))
            {
                foreach (var label in labels)
                {
                    await client.RemoveLabelAsync(org, name, number, label, ct);
                }
            }
            else
            {
                await client.AddLabelsAsync(org, name, number, labels, ct);
            }

            return string.Join(", ", (await client.GetIssueLabelsAsync(org, name, number, ct)).Select(l => l.Name));
        });
        yield return Verb("review", "Review a pull request", [Arg("target")], [Flag("--approve"), Flag("--request-changes"), Opt("--body")], async (p, f, ct) =>
        {
            var (org, name, number) = Target(p.GetValue<string>("target")!);
            var client = await f.ClientAsync(p.GetValue(As), ct);
            var kind = p.GetValue<bool>("--approve") ? "APPROVE" : p.GetValue<bool>("--request-changes") ? "REQUEST_CHANGES" : "COMMENT";
            return (await client.CreateReviewAsync(org, name, number, kind, p.GetValue<string?>("--body"), ct)).State;
        });
        yield return Verb("merge", "Merge a pull request", [Arg("target")], [Opt("--method")], async (p, f, ct) =>
        {
            var (org, name, number) = Target(p.GetValue<string>("target")!);
            var client = await f.ClientAsync(p.GetValue(As), ct);
            return (await client.MergePullRequestAsync(org, name, number, p.GetValue<string?>("--method") ?? "merge", null, null, null, ct)).Sha ?? "merged";
        });
        yield return Verb("close", "Close an issue or pull request", [Arg("target")], [], async (p, f, ct) =>
        {
            var (org, name, number) = Target(p.GetValue<string>("target")!);
            var client = await f.ClientAsync(p.GetValue(As), ct);
            return (await client.UpdateIssueAsync(org, name, number, state: "closed", ct: ct)).State;
        });
    }

    private static Command Verb(string name, string description, Argument[] arguments, Option[] options, Func<ParseResult, ForgeTarget, CancellationToken, Task<string>> run)
    {
        var command = new Command(name, description) { As };
        foreach (var argument in arguments)
        {
            command.Arguments.Add(argument);
        }

        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            using var forge = new ForgeTarget(parse.GetValue(Url)!, parse.GetValue(Token));
            try
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(await run(parse, forge, ct));
                return 0;
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or GitHub.Client.GitHubApiException or FormatException)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"forge {name}: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static Argument<string> Arg(string name) => new(name);

    private static Argument<string[]> ManyArg(string name) => new(name) { Arity = ArgumentArity.OneOrMore };

    private static Option<string?> Opt(string name) => new(name);

    private static Option<bool> Flag(string name) => new(name);

    private static Option<string[]> Many(string name) => new(name) { AllowMultipleArgumentsPerToken = false };

    private static (string Org, string Repo) Repo(string value)
    {
        var parts = value.Split('/');
        return parts.Length == 2 ? (parts[0], parts[1]) : throw new FormatException($"expected ORG/REPO, got \"{value}\"");
    }

    private static (string Org, string Repo, int Number) Target(string value)
    {
        var hash = value.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0 || !int.TryParse(value.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new FormatException($"expected ORG/REPO#NUMBER, got \"{value}\"");
        }

        var (org, repo) = Repo(value[..hash]);
        return (org, repo, number);
    }
}
