using Bowsprit.Core.Api;

namespace Bowsprit.Deck.Index;

/// <summary>
/// What the job list, PR and history pages ask the index for. Every field is optional; <see cref="Job"/>
/// may hold <c>*</c> and <c>?</c> wildcards.
/// </summary>
public sealed record JobFilter
{
    public string? Repo { get; init; }
    public string? Org { get; init; }
    public string? Job { get; init; }
    public ProwJobType? Type { get; init; }
    public ProwJobState? State { get; init; }
    public string? Author { get; init; }
    public int? Pull { get; init; }
    public string? Cluster { get; init; }

    /// <summary>Only builds older than this build id (job history's "older" link).</summary>
    public ulong? BeforeBuildId { get; init; }

    public bool IsEmpty => this == Empty;

    private static readonly JobFilter Empty = new();

    public bool JobIsPattern => Job is not null && (Job.Contains('*', StringComparison.Ordinal) || Job.Contains('?', StringComparison.Ordinal));

    /// <summary>Reads the job list's query string; unknown or empty values mean "any".</summary>
    public static JobFilter FromQuery(Func<string, string?> query)
    {
        static string? Value(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
        return new JobFilter
        {
            Repo = Value(query("repo")),
            Org = Value(query("org")),
            Job = Value(query("job")),
            Type = ProwJobStates.TryParseType(Value(query("type")), out var type) ? type : null,
            State = ProwJobStates.TryParseState(Value(query("state")), out var state) ? state : null,
            Author = Value(query("author")),
            Pull = int.TryParse(Value(query("pull")), out var pull) && pull > 0 ? pull : null,
            Cluster = Value(query("cluster")),
        };
    }

    public bool Matches(DeckJob job) =>
        (Repo is null || job.Repo == Repo) &&
        (Org is null || job.Org == Org) &&
        (Job is null || (JobIsPattern ? Glob.IsMatch(Job, job.JobName) : job.JobName == Job)) &&
        (Type is null || job.Type == Type) &&
        (State is null || job.State == State) &&
        (Author is null || string.Equals(job.Author, Author, StringComparison.OrdinalIgnoreCase)) &&
        (Pull is null || job.Pull == Pull) &&
        (Cluster is null || job.Cluster == Cluster) &&
        (BeforeBuildId is null || (ulong.TryParse(job.BuildId, out var id) && id < BeforeBuildId));
}
