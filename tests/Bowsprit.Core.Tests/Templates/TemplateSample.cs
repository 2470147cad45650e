namespace Bowsprit.Core.Tests.Templates;

/// <summary>A data root with one value of each shape the evaluator distinguishes.</summary>
public sealed class TemplateSample
{
    public TemplateProwJob Job { get; init; } = ProwJobFixtures.Presubmit();

    public List<int> Numbers { get; init; } = [3, 1, 2];

    public string[] Names { get; init; } = ["alice", "bob", "carol"];

    public List<string> Empty { get; init; } = [];

    public List<string>? Missing { get; init; }

    public Dictionary<string, string> Labels { get; init; } = new() { ["team"] = "ci", ["app"] = "prow" };

    public Dictionary<string, string>? NilMap { get; init; }

    public Dictionary<string, int> Scores { get; init; } = new() { ["b"] = 2, ["a"] = 1, ["c"] = 3 };

    public Dictionary<string, object?> Values { get; init; } = new() { ["count"] = 2, ["name"] = "x" };

    public IReadOnlyDictionary<string, string> ReadOnly { get; init; } = new ReadOnlyOnlyDictionary();

    public int Zero { get; init; }

    public long Big { get; init; } = 1_000_000;

    public uint Unsigned { get; init; } = 7;

    public double Ratio { get; init; } = 1.5;

    public double Million { get; init; } = 1e6;

    public string Text { get; init; } = "hello";

    public string Markup { get; init; } = "<a href='x'>Tom & \"Jerry\"</a>";

    public bool Flag { get; init; } = true;

    public TemplateRefs? NoRefs { get; init; }

    public DateTime Started { get; init; } = new(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    public DateTimeOffset Finished { get; init; } = new(2024, 3, 1, 12, 30, 5, 250, TimeSpan.FromHours(2));

    public TimeSpan Elapsed { get; init; } = new TimeSpan(0, 1, 2, 3, 500);

    public string Greet() => "hi " + Text;
}
