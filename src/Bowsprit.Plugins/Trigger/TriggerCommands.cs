using System.Text.RegularExpressions;

namespace Bowsprit.Plugins.Trigger;

/// <summary>
/// Trigger's comment commands. Prow's patterns are RE2, whose <c>\s</c> is ASCII only, so whitespace is spelled
/// <c>[\t\n\f\r ]</c> here: a non-breaking space after <c>/retest</c> must not make it a command in Bowsprit when
/// it is not one in Prow.
/// </summary>
internal static partial class TriggerCommands
{
    private const RegexOptions Options = RegexOptions.Multiline | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"^/test all,?($|[\t\n\f\r ].*)", Options)]
    public static partial Regex TestAll();

    [GeneratedRegex(@"^/retest[\t\n\f\r ]*$", Options)]
    public static partial Regex Retest();

    [GeneratedRegex(@"^/retest-required[\t\n\f\r ]*$", Options)]
    public static partial Regex RetestRequired();

    [GeneratedRegex(@"^/test-manual-required[\t\n\f\r ]*$", Options)]
    public static partial Regex TestManualRequired();

    [GeneratedRegex(@"^/ok-to-test[\t\n\f\r ]*$", Options)]
    public static partial Regex OkToTest();

    [GeneratedRegex(@"^/ok-to-test[\t\n\f\r ]+cancel[\t\n\f\r ]*$", Options)]
    public static partial Regex OkToTestCancel();

    /// <summary><c>/test ?</c>: the user asks which jobs exist.</summary>
    [GeneratedRegex(@"^/test[ \t]+\?[\t\n\f\r ]*$", Options)]
    public static partial Regex TestHelp();

    /// <summary><c>/test</c> with nothing after it.</summary>
    [GeneratedRegex(@"^/test[\t\n\f\r ]*$", Options)]
    public static partial Regex TestWithoutTarget();

    /// <summary><c>/retest something</c>: <c>/retest</c> takes no targets.</summary>
    [GeneratedRegex(@"^/retest[ \t]+[^\t\n\f\r ]", Options)]
    public static partial Regex RetestWithTarget();

    /// <summary><c>/test something</c>, whether or not something names a job.</summary>
    [GeneratedRegex(@"^/test[ \t]+[^\t\n\f\r ]", Options)]
    public static partial Regex TestWithTarget();

    /// <summary>A <c>/test…</c> or <c>/retest…</c> command: after one, earlier help replies are stale.</summary>
    [GeneratedRegex(@"^/(test|retest)($|[\t\n\f\r -])", Options)]
    public static partial Regex TestOrRetest();
}
