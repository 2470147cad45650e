using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Server.Up;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Bowsprit.Cli.Commands.Up;

/// <summary>
/// The terminal view of <c>bowsprit up</c>: components, URLs, jobs by state with the latest few, and the last
/// log lines, redrawn every half second until the host stops.
/// </summary>
internal sealed class UpStatusDisplay(EmbeddedHost host, RecentLogLines logs, TimeSpan ready)
{
    public static async Task PrintReadyAsync(TextWriter output, UpEndpoints endpoints, TimeSpan ready)
    {
        await output.WriteLineAsync($"bowsprit up: ready in {ready.TotalSeconds:0.0} s ({endpoints.Mode} mode); components: {string.Join(", ", EmbeddedHost.Components)}");
        foreach (var (name, url) in Urls(endpoints))
        {
            await output.WriteLineAsync($"  {name,-8} {url}");
        }

        await output.FlushAsync();
    }

    public async Task RunAsync(CancellationToken ct)
    {
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var done = CancellationTokenSource.CreateLinkedTokenSource(ct, stopping);
        var feed = new JobFeed(host.Services.GetRequiredService<IProwJobStore>());
        var watching = feed.RunAsync(done.Token);
        try
        {
            await AnsiConsole.Live(Render(feed)).AutoClear(false).StartAsync(async live =>
            {
                while (!done.IsCancellationRequested)
                {
                    live.UpdateTarget(Render(feed));
                    try
                    {
                        await Task.Delay(500, done.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }

                live.UpdateTarget(new Markup("[yellow]stopping: running jobs are recorded as aborted…[/]"));
                live.Refresh();
            });
        }
        finally
        {
            await done.CancelAsync();
            try
            {
                await watching;
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private Rows Render(JobFeed feed)
    {
        var endpoints = host.Endpoints;
        var urls = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var (name, url) in Urls(endpoints))
        {
            urls.AddRow(new Markup($"[grey]{name}[/]"), new Text(url));
        }

        var (counts, latest) = feed.Snapshot(5);
        var states = string.Join("  ", new[] { ProwJobState.Triggered, ProwJobState.Pending, ProwJobState.Success, ProwJobState.Failure, ProwJobState.Error, ProwJobState.Aborted }
            .Select(s => $"{Colored(s)} {counts.GetValueOrDefault(s)}"));
        var jobs = new Table().Border(TableBorder.Simple).AddColumn("job").AddColumn("state").AddColumn("for").AddColumn("started");
        foreach (var job in latest)
        {
            var target = job.Spec.Refs is { } refs ? $"{refs.Org}/{refs.Repo}{(refs.Pulls is { Count: > 0 } p ? $"#{p[0].Number}" : $"@{refs.BaseRef}")}" : "";
            jobs.AddRow(new Text(job.Spec.Job ?? job.Name), new Markup(Colored(job.Status.State)), new Text(target),
                new Text(job.Status.StartTime is { } t ? t.ToLocalTime().ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : ""));
        }

        var log = new Rows(logs.Recent().Select(static l => (IRenderable)new Text(l, new Style(Color.Grey)) { Overflow = Overflow.Ellipsis }));
        var components = string.Join("  ", EmbeddedHost.Components.Select(static c => $"[green]●[/] {c}"));
        return new Rows(
            new Markup($"[bold]Bowsprit[/] ({endpoints.Mode} mode) ready in {ready.TotalSeconds:0.0} s · [grey]Ctrl-C stops[/]"),
            new Markup(components),
            urls,
            new Markup($"jobs: {states}"),
            jobs,
            new Markup("[grey]log ([/][grey]logs/bowsprit.log in the data dir)[/]"),
            log);
    }

    private static string Colored(ProwJobState state) => state switch
    {
        ProwJobState.Success => "[green]success[/]",
        ProwJobState.Failure => "[red]failure[/]",
        ProwJobState.Error => "[red]error[/]",
        ProwJobState.Pending => "[yellow]running[/]",
        ProwJobState.Aborted => "[grey]aborted[/]",
        _ => $"[blue]{state.ToString().ToLowerInvariant()}[/]",
    };

    private static IEnumerable<(string Name, string Url)> Urls(UpEndpoints endpoints)
    {
        yield return ("deck", endpoints.Deck);
        yield return ("hook", endpoints.Hook);
        yield return ("metrics", endpoints.Metrics);
        if (endpoints.Forge is { } forge)
        {
            yield return ("forge", forge.Base);
            yield return ("git", forge.Git);
        }

        if (endpoints.Demo is { } demo && endpoints.Forge is { } f)
        {
            yield return ("demo PR", $"{f.Base}/{demo.Repo}/pull/{demo.PullRequest}");
        }
    }
}
