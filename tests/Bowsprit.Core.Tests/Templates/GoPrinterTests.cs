using Bowsprit.Core.Templates;

namespace Bowsprit.Core.Tests.Templates;

public sealed class GoPrinterTests
{
    public static TheoryData<string, object?[], string> Formats => new()
    {
        { "%d", [42], "42" },
        { "%5d|%-5d|%05d|%+d|% d", [42, 42, -42, 5, 5], "   42|42   |-0042|+5| 5" },
        { "%x %X %#x %o %#o %b %O", [255, 255, 255, 8, 8, 5, 8], "ff FF 0xff 10 010 101 0o10" },
        { "%.3d|%.0d|", [7, 0], "007||" },
        { "%s %q %v", ["hi", "a\"b\n", "v"], "hi \"a\\\"b\\n\" v" },
        { "%10s|%-10s|%.3s|%05s", ["right", "left", "abcdef", "ab"], "     right|left      |abc|000ab" },
        { "%x %X % x", ["hi", "hi", "hi"], "6869 6869 68 69" },
        { "%t %v", [true, false], "true false" },
        { "%f|%.2f|%8.3f|%-8.1f|%08.3f", [3.14159, 3.14159, 3.14159, 2.25, -3.14159], "3.141590|3.14|   3.142|2.2     |-003.142" },
        { "%e %E %.2e", [1234.5678, 0.00012, 0.0], "1.234568e+03 1.200000E-04 0.00e+00" },
        { "%g %g %g %G %.3g %.3g", [0.000012345, 1.0, 100000.0, 1e-7, 3.14159, 1234567.0], "1.2345e-05 1 100000 1E-07 3.14 1.23e+06" },
        { "%v %v %v %v %v %v", [1e21, 100000.0, 1e-5, 123456789.0, 0.1f, -0.0], "1e+21 100000 1e-05 1.23456789e+08 0.1 -0" },
        { "%v %v %f %+.1f", [double.PositiveInfinity, double.NaN, double.NegativeInfinity, 2.0], "+Inf NaN -Inf +2.0" },
        { "%%|%c|%U|%#U|%q", [65L, 0x1F600, 65, 'x' + 0L], "%|A|U+1F600|U+0041 'A'|'x'" },
        { "%*d|%-*d|", [5, 42, 4, 7], "   42|7   |" },
        { "%d", ["x"], "%!d(string=x)" },
        { "%s", [5], "%!s(int=5)" },
        { "%d %d", [1], "1 %!d(MISSING)" },
        { "%d", [1, "two"], "1%!(EXTRA string=two)" },
        { "%s|%v", [null, null], "%!s(<nil>)|<nil>" },
        { "%v|%d|%q", [new List<int> { 1, 2 }, new[] { 3, 4 }, new[] { "a", "b" }], "[1 2]|[3 4]|[\"a\" \"b\"]" },
        { "%v", [new Dictionary<string, int> { ["b"] = 2, ["a"] = 1 }], "map[a:1 b:2]" },
        { "%s is %v", [TemplateJobType.Batch, TemplateJobState.Aborted], "batch is Aborted" },
        { "%v", [new DateTime(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc)], "2024-03-01 10:00:00 +0000 UTC" },
        { "trailing %", [], "trailing %!(NOVERB)" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Sprintf_Verb_FormatsLikeGo(string format, object?[] args, string expected)
    {
        Assert.Equal(expected, GoPrinter.Sprintf(format, args, new TypeCache()));
    }

    [Fact]
    public void Sprint_AddsSpacesOnlyBetweenNonStrings()
    {
        Assert.Equal("a1 2b3", GoPrinter.Sprint(["a", 1, 2, "b", 3], new TypeCache()));
    }
}
