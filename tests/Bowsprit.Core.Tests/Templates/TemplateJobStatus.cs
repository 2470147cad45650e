namespace Bowsprit.Core.Tests.Templates;

public sealed class TemplateJobStatus
{
    public TemplateJobState State { get; init; }

    public string Url { get; init; } = "";

    public string BuildId { get; init; } = "";

    public string JenkinsBuildId { get; init; } = "";

    public DateTime StartTime { get; init; }
}
