namespace Bowsprit.Deck.Index;

/// <summary>Which jobs this deck shows: hidden jobs and <c>deck.hidden_repos</c> are left out unless <c>--show-hidden</c>; <c>--hidden-only</c> shows only them.</summary>
public sealed class JobVisibility(DeckOptions options)
{
    public Func<DeckJob, bool> Predicate()
    {
        if (options.ShowHidden && !options.HiddenOnly)
        {
            return static _ => true;
        }

        var hiddenRepos = new HashSet<string>(options.Config().Deck.HiddenRepos ?? [], StringComparer.Ordinal);
        return options.HiddenOnly ? job => job.IsHidden(hiddenRepos) : job => !job.IsHidden(hiddenRepos);
    }
}
