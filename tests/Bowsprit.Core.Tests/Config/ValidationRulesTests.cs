using Bowsprit.Core.Tests.Support;

namespace Bowsprit.Core.Tests.Config;

public sealed partial class ValidationRulesTests
{
    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_JobBreakingRule_ReportsFileLineJobAndField(ValidationCase c)
    {
        using var dir = new TempConfigDir();
        dir.Config(c.ConfigYaml ?? TempConfigDir.MinimalDecoration);
        var file = dir.Job("jobs.yaml", c.JobYaml);

        var loaded = dir.Load();

        var match = loaded.Diagnostics.FirstOrDefault(d => d.Field == c.Field && d.Message.Contains(c.Message, StringComparison.Ordinal));
        Assert.True(match is not null, $"no diagnostic for field {c.Field} containing \"{c.Message}\"; got:\n{string.Join('\n', loaded.Diagnostics)}");
        Assert.Equal(c.Severity, match.Severity);
        if (c.ConfigYaml is null || match.Location.File != dir.ConfigPath)
        {
            Assert.Equal(file, match.Location.File);
        }

        if (c.Line > 0)
        {
            Assert.Equal(c.Line, match.Location.Line);
        }

        Assert.Contains(match.Location.ToString(), match.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ValidJobs_HaveNoDiagnostics()
    {
        using var dir = new TempConfigDir();
        dir.Config(TempConfigDir.MinimalDecoration);
        dir.Job("ok.yaml", """
            presubmits:
              org/repo:
              - name: unit
                always_run: true
                decorate: true
                branches: [^main$]
                spec:
                  containers:
                  - image: alpine
                    command: [make]
            periodics:
            - name: nightly
              cron: "0 3 * * *"
              spec:
                containers:
                - image: alpine
                  command: [make]
            """);

        var loaded = dir.Load();

        DiagnosticAssert.None(loaded.Diagnostics);
    }
}
