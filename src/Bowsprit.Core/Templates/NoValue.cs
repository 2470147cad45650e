namespace Bowsprit.Core.Templates;

/// <summary>
/// Go's invalid reflect.Value: what a missing map key or field access on missing data yields.
/// It prints as <c>&lt;no value&gt;</c> and is distinct from null (a nil pointer, printed <c>&lt;nil&gt;</c>).
/// </summary>
internal sealed class NoValue
{
    public static readonly NoValue Instance = new();

    private NoValue()
    {
    }

    public override string ToString() => "<no value>";
}
