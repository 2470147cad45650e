namespace Bowsprit.Deck.Index;

/// <summary>Which jobs this deck shows: hidden jobs and <c>deck.hidden_repos</c> are left out unless <c>--show-hidden</c>; <c>--hidden-only</c> shows only them.</summary>
public sealed class JobVisibility(DeckOptions options)
{
    public Func<DeckJob, bool> Predicate() => Rule().IsVisible;

    /// <summary>The rule for this request (config may have changed since the last one).</summary>
    public VisibilityRule Rule()
    {
        if (options.ShowHidden && !options.HiddenOnly)
        {
            return VisibilityRule.Everything;
        }

        return new VisibilityRule(options.HiddenOnly, new HashSet<string>(options.Config().Deck.HiddenRepos ?? [], StringComparer.Ordinal));
    }
}

/// <summary>A visibility decision the index can count without testing every job: hidden by spec, or by repo/org.</summary>
public sealed class VisibilityRule(bool hiddenOnly, IReadOnlySet<string> hiddenRepos)
{
    public static VisibilityRule Everything { get; } = new(false, new HashSet<string>()) { ShowsAll = true };

    public bool ShowsAll { get; private init; }

    public bool HiddenOnly => hiddenOnly;

    public IReadOnlySet<string> HiddenRepos => hiddenRepos;

    public bool IsVisible(DeckJob job) => ShowsAll || job.IsHidden(hiddenRepos) == hiddenOnly;
}
