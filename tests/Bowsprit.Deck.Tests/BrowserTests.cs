using System.Text;
using Bowsprit.Core.Api;
using Bowsprit.Deck.Tests.Support;
using Bowsprit.Testing.Browser;
using Bowsprit.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bowsprit.Deck.Tests;

/// <summary>Deck in real chromium: the job list and its filters, rerun refused for an anonymous visitor and allowed after GitHub (forge) login.</summary>
public sealed class BrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TestForge Forge, DeckHost Deck, InMemoryProwJobStore Store)> StartAsync()
    {
        var forge = await TestForge.StartAsync(Ct);
        await forge.UserAsync("alice", Ct);
        await forge.UserAsync("bob", Ct);
        var store = new InMemoryProwJobStore();
        for (var i = 0; i < 60; i++)
        {
            var repo = i % 2 == 0 ? "org/a" : "org/b";
            var state = i % 7 == 0 ? ProwJobState.Failure : i % 11 == 0 ? ProwJobState.Pending : ProwJobState.Success;
            await store.CreateAsync(TestJobs.Make(i % 3 == 0 ? "pull-unit" : "pull-e2e", repo, pull: 20 + (i % 5), author: i % 2 == 0 ? "alice" : "bob", state: state, minute: i), Ct);
        }

        await store.CreateAsync(TestJobs.Make("ci-nightly", "org/a", type: ProwJobType.Periodic, state: ProwJobState.Failure, minute: 70), Ct);
        var deck = await DeckHost.StartAsync(store, c => new DeckOptions
        {
            Config = c,
            RerunCreatesJob = true,
            GitHubApiUrl = forge.Server.ApiUrl,
            GitHubOAuthHost = forge.Server.BaseUrl,
            GitHubOAuth = new GitHubOAuthConfig { ClientId = "deck", ClientSecret = "s3cret", RedirectUrl = "/github-login/redirect" },
            PluginHelp = (_, _) => Task.FromResult(Encoding.UTF8.GetBytes(PageTests.PluginHelpJson)),
        }, ct: Ct);
        return (forge, deck, store);
    }

    [Fact]
    public async Task JobListLoadsAndFilters()
    {
        var (forge, deck, _) = await StartAsync();
        await using var _forge = forge;
        await using var _deck = deck;
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });

        await page.GotoAsync(deck.BaseUrl + "/");
        await Expect(page.Locator(".summary")).ToContainTextAsync("Jobs 1–50 of 61");
        await Expect(page.Locator("tr[data-state]")).ToHaveCountAsync(50);
        await chromium.ScreenshotAsync(page, "deck-job-list");

        // A select applies on change (the progressive script); the filter button stays for keyboards.
        await NavigatesAsync(page, () => page.GetByLabel("State").SelectOptionAsync("failure"), "state=failure");
        await Expect(page.Locator("tr[data-state=\"failure\"]")).ToHaveCountAsync(10);
        await Expect(page.Locator("tr[data-state=\"success\"]")).ToHaveCountAsync(0);

        await page.GetByLabel("Job (wildcards * ?)").FillAsync("pull-u*");
        await NavigatesAsync(page, () => page.GetByLabel("Job (wildcards * ?)").PressAsync("Enter"), "job=pull-u");
        await Expect(page.Locator("tr[data-state]")).ToHaveCountAsync(3);
        await chromium.ScreenshotAsync(page, "deck-job-list-filtered");

        var dark = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ColorScheme = ColorScheme.Dark, ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        await dark.GotoAsync(deck.BaseUrl + "/?repo=org%2Fa");
        await chromium.ScreenshotAsync(dark, "deck-job-list-dark");
        var phone = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await phone.GotoAsync(deck.BaseUrl + "/");
        await chromium.ScreenshotAsync(phone, "deck-job-list-phone");
    }

    /// <summary>Starts waiting before acting, so a fast navigation cannot slip past the wait.</summary>
    private static async Task NavigatesAsync(IPage page, Func<Task> action, string expected)
    {
        var navigated = page.WaitForURLAsync(url => url.Contains(expected, StringComparison.Ordinal),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 15_000 });
        await action();
        try
        {
            await navigated;
        }
        catch (TimeoutException e)
        {
            throw new InvalidOperationException($"no navigation to a URL with {expected}; still at {page.Url}", e);
        }
    }

    [Fact]
    public async Task RerunIsRefusedAnonymouslyAndWorksAfterForgeLogin()
    {
        var (forge, deck, store) = await StartAsync();
        await using var _forge = forge;
        await using var _deck = deck;
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();

        await page.GotoAsync(deck.BaseUrl + "/?job=ci-nightly");
        await page.GetByRole(AriaRole.Button, new() { NameString = "Rerun ci-nightly", Exact = false }).ClickAsync();
        await Expect(page.Locator("#deck-flash")).ToContainTextAsync("Error retrieving GitHub login");
        await chromium.ScreenshotAsync(page, "deck-rerun-refused-anonymous");
        Assert.Equal(61, store.Snapshot().Count);

        await page.GetByRole(AriaRole.Link, new() { NameString = "Sign in with GitHub" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameString = "Authorize deck" })).ToBeVisibleAsync();
        await page.GetByLabel("Username").FillAsync("alice");
        await chromium.ScreenshotAsync(page, "forge-oauth-authorize");
        await page.GetByRole(AriaRole.Button, new() { NameString = "Authorize" }).ClickAsync();

        await Expect(page.Locator(".account")).ToContainTextAsync("Signed in as alice");
        Assert.Contains("job=ci-nightly", page.Url, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { NameString = "Rerun ci-nightly", Exact = false }).ClickAsync();
        await Expect(page.Locator("#deck-flash")).ToContainTextAsync("Job successfully triggered");
        await chromium.ScreenshotAsync(page, "deck-rerun-authorized");
        Assert.Contains(store.Snapshot(), j => j.Status.Description?.StartsWith("alice successfully reran", StringComparison.Ordinal) == true);

        await deck.WaitForIndexAsync(s => s.Jobs.Count == 62, Ct);
        await page.ReloadAsync();
        await Expect(page.Locator("tr[data-state=\"triggered\"]")).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Button, new() { NameString = "Abort ci-nightly", Exact = false })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task EveryPageRendersWithTheSharedChrome()
    {
        var (forge, deck, _) = await StartAsync();
        await using var _forge = forge;
        await using var _deck = deck;
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var pages = new (string Path, string Heading, string Shot)[]
        {
            ("/pr?author=alice", "PR status", "deck-pr-status"),
            ("/pr-history?org=org&repo=a&pr=20", "org/a #20", "deck-pr-history"),
            ("/job-history/s3/artifacts/pr-logs/directory/pull-unit", "Job history: pull-unit", "deck-job-history"),
            ("/command-help", "Command help", "deck-command-help"),
            ("/plugins?repo=org%2Fa", "Plugins", "deck-plugins"),
            ("/configured-jobs/org/a?branch=main", "Configured jobs: org/a", "deck-configured-jobs"),
        };
        foreach (var (path, heading, shot) in pages)
        {
            await page.GotoAsync(deck.BaseUrl + path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await Expect(page.GetByRole(AriaRole.Navigation, new() { NameString = "Main" })).ToBeVisibleAsync();
            await chromium.ScreenshotAsync(page, shot);
        }

        // Keyboard users land on the skip link first.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveTextAsync("Skip to content");
    }
}
