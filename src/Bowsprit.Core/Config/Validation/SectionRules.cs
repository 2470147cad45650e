using System.Text.Json;
using Bowsprit.Core.Api;
using Bowsprit.Core.Templates;

namespace Bowsprit.Core.Config.Validation;

/// <summary>Rules for the non-job sections of config.yaml.</summary>
internal sealed class SectionRules(ProwConfig config, ConfigDiagnostics diagnostics)
{
    public void Validate()
    {
        CheckPlank();
        CheckReporters();
        CheckDeck();
        CheckTide();
    }

    private void CheckPlank()
    {
        var plank = config.Plank;
        var at = config.LocationOf("plank");
        CheckTemplate(at, "plank.job_url_template", plank.JobUrlTemplate);
        CheckTemplate(at, "plank.report_template", plank.ReportTemplate);
        foreach (var (scope, template) in plank.ReportTemplates ?? [])
        {
            CheckTemplate(at, $"plank.report_templates.{scope}", template);
        }

        if (plank.MaxConcurrency < 0)
        {
            diagnostics.Error(at, null, "plank.max_concurrency", "must not be negative");
        }

        if (plank.MaxRevivals < 0)
        {
            diagnostics.Error(at, null, "plank.max_revivals", "must not be negative");
        }
    }

    private void CheckReporters()
    {
        foreach (var type in config.GitHubReporter.JobTypesToReport ?? [])
        {
            if (type is not (ProwJobType.Presubmit or ProwJobType.Postsubmit))
            {
                diagnostics.Error(config.LocationOf("github_reporter"), null, "github_reporter.job_types_to_report",
                    $"{type.ToWire()} jobs cannot be reported to GitHub; only presubmit and postsubmit");
            }
        }

        foreach (var (scope, slack) in config.SlackReporterConfigs ?? [])
        {
            var at = config.LocationOf("slack_reporter_configs");
            if (string.IsNullOrEmpty(slack.Channel))
            {
                diagnostics.Error(at, null, $"slack_reporter_configs.{scope}.channel", "a channel is required");
            }

            CheckTemplate(at, $"slack_reporter_configs.{scope}.report_template", slack.ReportTemplate);
        }

        foreach (var job in config.AllPresubmits.Concat<Jobs.JobBase>(config.AllPostsubmits).Concat(config.AllPeriodics))
        {
            if (job.ReporterConfig?.Slack?.ReportTemplate is { } template)
            {
                CheckTemplate(job.LocationOf("reporter_config"), "reporter_config.slack.report_template", template, job.DisplayName);
            }
        }
    }

    private void CheckDeck()
    {
        foreach (var (scope, auth) in config.Deck.RerunAuthConfigs ?? [])
        {
            if (auth is { AllowAnyone: true, HasAllowList: true })
            {
                diagnostics.Error(config.LocationOf("deck"), null, $"deck.rerun_auth_configs.{scope}",
                    "allow_anyone cannot be combined with GitHub users, teams or orgs");
            }
        }

        if (config.Deck.Spyglass?.SizeLimit < 0)
        {
            diagnostics.Error(config.LocationOf("deck"), null, "deck.spyglass.size_limit", "must not be negative");
        }
    }

    private void CheckTide()
    {
        var at = config.LocationOf("tide");
        foreach (var (scope, method) in config.Tide.MergeMethod ?? [])
        {
            if (method.ValueKind == JsonValueKind.String)
            {
                CheckMergeMethod(at, scope, method.GetString());
            }
            else if (method.ValueKind == JsonValueKind.Object)
            {
                foreach (var branch in method.EnumerateObject())
                {
                    CheckMergeMethod(at, $"{scope}.{branch.Name}", branch.Value.ValueKind == JsonValueKind.String ? branch.Value.GetString() : null);
                }
            }
            else
            {
                diagnostics.Error(at, null, $"tide.merge_method.{scope}", "expected merge, squash, rebase or a map of branch regex to one of them");
            }
        }

        foreach (var (scope, template) in config.Tide.MergeCommitTemplate ?? [])
        {
            CheckTemplate(at, $"tide.merge_commit_template.{scope}.title", template.Title);
            CheckTemplate(at, $"tide.merge_commit_template.{scope}.body", template.Body);
        }

        if (config.Tide.GitHubMergeBlocksPolicy is { Length: > 0 } policy && policy is not ("ignore" or "permit" or "block"))
        {
            diagnostics.Error(at, null, "tide.github_merge_blocks_policy", $"\"{policy}\" must be ignore, permit or block");
        }
    }

    private void CheckMergeMethod(SourceLocation at, string scope, string? method)
    {
        if (method is not ("merge" or "squash" or "rebase"))
        {
            diagnostics.Error(at, null, $"tide.merge_method.{scope}", $"\"{method}\" must be merge, squash or rebase");
        }
    }

    private void CheckTemplate(SourceLocation at, string field, string? template, string? job = null)
    {
        if (string.IsNullOrEmpty(template))
        {
            return;
        }

        try
        {
            GoTemplate.Parse(field, template);
        }
        catch (GoTemplateException e)
        {
            diagnostics.Error(at, job, field, $"invalid template: {e.Message}");
        }
    }
}
