namespace Bowsprit.Forge.Git;

/// <summary>An author or committer line of a commit object: who, and when in their own time zone.</summary>
public sealed record GitSignature(string Name, string Email, DateTimeOffset When)
{
    public GitIdentity Identity => new(Name, Email);

    /// <summary>Git's raw date format ("@unix +hhmm"), which keeps the original offset when a commit is replayed.</summary>
    internal string GitDate
    {
        get
        {
            var offset = When.Offset;
            var sign = offset < TimeSpan.Zero ? '-' : '+';
            var abs = offset.Duration();
            return $"@{When.ToUnixTimeSeconds()} {sign}{abs.Hours:00}{abs.Minutes:00}";
        }
    }
}
