using Bowsprit.Core.Config;

namespace Bowsprit.Core.Tests.Support;

/// <summary>Asserts on diagnostics with every message printed in full on failure.</summary>
public static class DiagnosticAssert
{
    public static void None(IEnumerable<ConfigDiagnostic> diagnostics)
    {
        var list = diagnostics.Select(static d => d.ToString()).ToList();
        Assert.True(list.Count == 0, $"expected no diagnostics, got {list.Count}:\n{string.Join('\n', list)}");
    }
}
