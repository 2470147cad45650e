using Bowsprit.Core.Api;

namespace Bowsprit.Deck.Index;

/// <summary>
/// An immutable view of every job: sorted newest first, with posting lists (positions in that order) per
/// filterable value. A filtered page walks only the shortest matching list, so the first page at 100,000 jobs
/// costs a few thousand comparisons, not a scan and a sort.
/// </summary>
public sealed class JobIndexSnapshot
{
    private static readonly int[] None = [];

    private readonly Dictionary<string, int[]> _byRepo;
    private readonly Dictionary<string, int[]> _byOrg;
    private readonly Dictionary<string, int[]> _byJob;
    private readonly Dictionary<string, int[]> _byAuthor;
    private readonly Dictionary<string, int[]> _byCluster;
    private readonly Dictionary<int, int[]> _byPull;
    private readonly int[][] _byType;
    private readonly int[][] _byState;
    private readonly Dictionary<string, DeckJob> _byName;
    private readonly int[] _specHidden;

    public static JobIndexSnapshot Empty { get; } = new([], 0);

    public JobIndexSnapshot(IEnumerable<DeckJob> jobs, long version)
    {
        Version = version;
        var sorted = jobs.ToArray();
        Array.Sort(sorted, static (a, b) =>
        {
            var byStart = b.Start.CompareTo(a.Start);
            return byStart != 0 ? byStart : string.CompareOrdinal(a.Name, b.Name);
        });
        Jobs = sorted;
        _byName = sorted.ToDictionary(static j => j.Name, StringComparer.Ordinal);
        _byRepo = Postings(sorted, static j => j.Repo, StringComparer.Ordinal);
        _byOrg = Postings(sorted, static j => j.Org, StringComparer.Ordinal);
        _byJob = Postings(sorted, static j => j.JobName, StringComparer.Ordinal);
        _byAuthor = Postings(sorted, static j => j.Author, StringComparer.OrdinalIgnoreCase);
        _byCluster = Postings(sorted, static j => j.Cluster, StringComparer.Ordinal);
        _byPull = Postings(sorted, static j => j.Pull, EqualityComparer<int>.Default);
        _byType = ByEnum(sorted, static j => (int)j.Type, Enum.GetValues<ProwJobType>().Length);
        _byState = ByEnum(sorted, static j => (int)j.State, Enum.GetValues<ProwJobState>().Length);
        _specHidden = [.. Enumerable.Range(0, sorted.Length).Where(i => sorted[i].SpecHidden)];
        Repos = [.. _byRepo.Keys.Where(static r => r.Length > 0).Order(StringComparer.Ordinal)];
        Clusters = [.. _byCluster.Keys.Order(StringComparer.Ordinal)];
        JobNames = [.. _byJob.Keys.Where(static r => r.Length > 0).Order(StringComparer.Ordinal)];
    }

    /// <summary>Increases with every published change.</summary>
    public long Version { get; }

    /// <summary>All jobs, newest start time first.</summary>
    public IReadOnlyList<DeckJob> Jobs { get; }

    public IReadOnlyList<string> Repos { get; }

    public IReadOnlyList<string> Clusters { get; }

    public IReadOnlyList<string> JobNames { get; }

    public DeckJob? Get(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The builds of one job, newest first.</summary>
    public IEnumerable<DeckJob> OfJob(string jobName) => Select(_byJob.GetValueOrDefault(jobName, None));

    /// <summary>Jobs matching <paramref name="filter"/> and <paramref name="visible"/>, newest first.</summary>
    public IEnumerable<DeckJob> Query(JobFilter filter, Func<DeckJob, bool> visible)
    {
        var candidates = Candidates(filter);
        var all = candidates is null;
        var count = all ? Jobs.Count : candidates!.Length;
        for (var i = 0; i < count; i++)
        {
            var job = Jobs[all ? i : candidates![i]];
            if (filter.Matches(job) && visible(job))
            {
                yield return job;
            }
        }
    }

    /// <summary>One page of matches and how many there are in all.</summary>
    public (IReadOnlyList<DeckJob> Page, int Total) Page(JobFilter filter, Func<DeckJob, bool> visible, int skip, int take)
    {
        var page = new List<DeckJob>(Math.Min(take, 1024));
        var total = 0;
        foreach (var job in Query(filter, visible))
        {
            if (total >= skip && page.Count < take)
            {
                page.Add(job);
            }

            total++;
        }

        return (page, total);
    }

    /// <summary>
    /// One page under a visibility rule. Without filters the total is counted from the hidden postings, and with
    /// nothing hidden the page is a slice, so the unfiltered first page does not touch 100,000 jobs.
    /// </summary>
    public (IReadOnlyList<DeckJob> Page, int Total) Page(JobFilter filter, VisibilityRule rule, int skip, int take)
    {
        if (!filter.IsEmpty)
        {
            return Page(filter, rule.IsVisible, skip, take);
        }

        var hidden = rule.ShowsAll ? [] : HiddenPositions(rule);
        var total = rule.HiddenOnly ? hidden.Count : Jobs.Count - hidden.Count;
        if (rule.HiddenOnly)
        {
            return ([.. hidden.Order().Skip(skip).Take(take).Select(i => Jobs[i])], total);
        }

        if (hidden.Count == 0)
        {
            return ([.. Jobs.Skip(skip).Take(take)], total);
        }

        var page = new List<DeckJob>(take);
        var seen = 0;
        for (var i = 0; i < Jobs.Count && page.Count < take; i++)
        {
            if (!hidden.Contains(i) && seen++ >= skip)
            {
                page.Add(Jobs[i]);
            }
        }

        return (page, total);
    }

    /// <summary>Positions hidden by spec or by <c>hidden_repos</c> (repo or org keys).</summary>
    private HashSet<int> HiddenPositions(VisibilityRule rule)
    {
        var hidden = new HashSet<int>(_specHidden);
        foreach (var key in rule.HiddenRepos)
        {
            foreach (var position in _byRepo.GetValueOrDefault(key, None).Concat(_byOrg.GetValueOrDefault(key, None)))
            {
                hidden.Add(position);
            }
        }

        return hidden;
    }

    /// <summary>The shortest posting list among the filter's exact-match fields; null when none applies.</summary>
    private int[]? Candidates(JobFilter filter)
    {
        int[]? best = null;
        void Consider(int[] list)
        {
            if (best is null || list.Length < best.Length)
            {
                best = list;
            }
        }

        if (filter.Repo is not null)
        {
            Consider(_byRepo.GetValueOrDefault(filter.Repo, None));
        }

        if (filter.Org is not null)
        {
            Consider(_byOrg.GetValueOrDefault(filter.Org, None));
        }

        if (filter.Job is not null && !filter.JobIsPattern)
        {
            Consider(_byJob.GetValueOrDefault(filter.Job, None));
        }

        if (filter.Author is not null)
        {
            Consider(_byAuthor.GetValueOrDefault(filter.Author, None));
        }

        if (filter.Cluster is not null)
        {
            Consider(_byCluster.GetValueOrDefault(filter.Cluster, None));
        }

        if (filter.Pull is { } pull)
        {
            Consider(_byPull.GetValueOrDefault(pull, None));
        }

        if (filter.Type is { } type)
        {
            Consider(_byType[(int)type]);
        }

        if (filter.State is { } state)
        {
            Consider(_byState[(int)state]);
        }

        return best;
    }

    private IEnumerable<DeckJob> Select(int[] positions)
    {
        foreach (var position in positions)
        {
            yield return Jobs[position];
        }
    }

    private static Dictionary<TKey, int[]> Postings<TKey>(DeckJob[] sorted, Func<DeckJob, TKey> key, IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        var lists = new Dictionary<TKey, List<int>>(comparer);
        for (var i = 0; i < sorted.Length; i++)
        {
            var k = key(sorted[i]);
            if (!lists.TryGetValue(k, out var list))
            {
                lists[k] = list = [];
            }

            list.Add(i);
        }

        return lists.ToDictionary(static p => p.Key, static p => p.Value.ToArray(), comparer);
    }

    private static int[][] ByEnum(DeckJob[] sorted, Func<DeckJob, int> key, int size)
    {
        var lists = Enumerable.Range(0, size).Select(static _ => new List<int>()).ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            lists[key(sorted[i])].Add(i);
        }

        return [.. lists.Select(static l => l.ToArray())];
    }
}
