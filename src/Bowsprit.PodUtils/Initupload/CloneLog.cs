using System.Globalization;
using System.Text;
using Bowsprit.PodUtils.Clonerefs;

namespace Bowsprit.PodUtils.Initupload;

/// <summary>The human-readable <c>clone-log.txt</c>: per repository what was cloned, each git command with its output, and the outcome.</summary>
public static class CloneLog
{
    public static string Format(IEnumerable<CloneRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var log = new StringBuilder();
        foreach (var record in records)
        {
            var refs = record.Refs;
            log.Append(CultureInfo.InvariantCulture, $"# Cloning {refs.Org}/{refs.Repo} at {refs.BaseRef}");
            if (!string.IsNullOrEmpty(refs.BaseSha))
            {
                log.Append(CultureInfo.InvariantCulture, $" ({refs.BaseSha})");
            }

            log.AppendLine();
            foreach (var pull in refs.Pulls ?? [])
            {
                log.AppendLine(CultureInfo.InvariantCulture, $"# Merging pull #{pull.Number} ({pull.Sha})");
            }

            foreach (var command in record.Commands)
            {
                log.Append("$ ").AppendLine(command.Command);
                if (!string.IsNullOrEmpty(command.Output))
                {
                    log.Append(command.Output);
                    if (!command.Output.EndsWith('\n'))
                    {
                        log.AppendLine();
                    }
                }

                if (!string.IsNullOrEmpty(command.Error))
                {
                    log.AppendLine(CultureInfo.InvariantCulture, $"# Error: {command.Error}");
                }
            }

            log.AppendLine(record.Failed
                ? "# Clone failed"
                : $"# Final SHA: {record.FinalSha}");
            log.AppendLine(CultureInfo.InvariantCulture, $"# Total runtime: {record.Duration.TotalSeconds:0.###}s");
        }

        return log.ToString();
    }
}
