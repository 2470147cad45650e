using System.Collections;
using Bowsprit.Core.Api;

namespace Bowsprit.Core.ProwJobs;

/// <summary>
/// A list result and the store's resource version at the moment it was read: a consumer lists, then watches
/// from <see cref="ResourceVersion"/> and misses nothing in between, as with the Kubernetes API.
/// </summary>
public sealed class ListedProwJobs(IReadOnlyList<ProwJob> items, string resourceVersion) : IReadOnlyList<ProwJob>
{
    public string ResourceVersion { get; } = resourceVersion;

    public int Count => items.Count;

    public ProwJob this[int index] => items[index];

    public IEnumerator<ProwJob> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
