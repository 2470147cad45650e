namespace Bowsprit.Core.Config.Validation;

/// <summary>
/// Runs every validation rule over a defaulted config: Prow's load-time errors plus checkconfig's warnings.
/// Each rule lives in its own small class, grouped by what it inspects.
/// </summary>
internal sealed class ConfigValidator(ProwConfig config, ConfigDiagnostics diagnostics)
{
    public void Validate()
    {
        var jobRules = new JobBaseRules(config, diagnostics);
        foreach (var job in config.AllPresubmits)
        {
            jobRules.Validate(job);
        }

        foreach (var job in config.AllPostsubmits)
        {
            jobRules.Validate(job);
        }

        foreach (var job in config.AllPeriodics)
        {
            jobRules.Validate(job);
        }

        new RepoJobRules(config, diagnostics).Validate();
        new PeriodicRules(config, diagnostics).Validate();
        new SectionRules(config, diagnostics).Validate();
    }
}
