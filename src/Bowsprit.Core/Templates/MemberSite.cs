namespace Bowsprit.Core.Templates;

/// <summary>
/// One field name in a chain, with an inline cache of the member it resolved to for the last
/// receiver type seen. A template reads the same types over and over, so most reads skip the
/// type cache lookup entirely.
/// </summary>
internal sealed class MemberSite(string name)
{
    // Executions run concurrently: the (type, accessor) pair is published as one immutable object,
    // so a reader never sees a type paired with another type's accessor.
    private Entry? _last;

    public string Name { get; } = name;

    public MemberAccessor? Resolve(Type type, TypeCache types)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && ReferenceEquals(last.Type, type))
        {
            return last.Accessor;
        }

        var accessor = types.Get(type).FindMember(Name);
        Volatile.Write(ref _last, new Entry(type, accessor));
        return accessor;
    }

    public static string Format(MemberSite[] sites) => string.Concat(sites.Select(s => "." + s.Name));

    private sealed record Entry(Type Type, MemberAccessor? Accessor);
}
