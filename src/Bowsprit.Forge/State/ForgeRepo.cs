namespace Bowsprit.Forge.State;

/// <summary>A repository and everything GitHub keeps about it besides the git data.</summary>
public sealed class ForgeRepo
{
    public long Id { get; set; }
    public string Owner { get; set; } = "";
    public string Name { get; set; } = "";
    public string DefaultBranch { get; set; } = "main";
    public string? Description { get; set; }
    public bool Private { get; set; }
    public bool Archived { get; set; }
    public bool AllowMergeCommit { get; set; } = true;
    public bool AllowSquashMerge { get; set; } = true;
    public bool AllowRebaseMerge { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PushedAt { get; set; }
    public int NextNumber { get; set; } = 1;
    public Dictionary<string, string> Collaborators { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public List<ForgeLabel> Labels { get; set; } = [];
    public List<ForgeMilestone> Milestones { get; set; } = [];
    public SortedDictionary<int, ForgeIssue> Issues { get; set; } = [];
    public Dictionary<string, List<ForgeStatus>> Statuses { get; set; } = new(StringComparer.Ordinal);
    public List<ForgeCheckRun> CheckRuns { get; set; } = [];
    public Dictionary<string, Bowsprit.GitHub.Models.BranchProtectionRequest> Protection { get; set; } = new(StringComparer.Ordinal);
    public List<ForgeHook> Hooks { get; set; } = [];

    public string FullName => $"{Owner}/{Name}";

    public ForgeIssue? Pull(int number) => Issues.TryGetValue(number, out var issue) && issue.Pull is not null ? issue : null;
}
