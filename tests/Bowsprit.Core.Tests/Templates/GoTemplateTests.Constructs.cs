using Bowsprit.Core.Templates;

namespace Bowsprit.Core.Tests.Templates;

/// <summary>Each text/template construct in Bowsprit's subset, rendered over <see cref="TemplateSample"/>.</summary>
public sealed partial class GoTemplateTests
{
    public static TheoryData<string, string> TextAndTrimming => new()
    {
        { "plain text", "plain text" },
        { "a  {{- \"b\" -}}  c", "abc" },
        { "a {{- /* note */ -}} b", "ab" },
        { "a{{/* comment\nspanning lines */}}b", "ab" },
        { "x\n  {{- .Text}}\n", "xhello\n" },
        { "{{-3}}", "-3" },
        { "{{3 -}} \n x", "3x" },
        { "{{ .Text }}", "hello" },
    };

    public static TheoryData<string, string> Fields => new()
    {
        { "{{.Job.Spec.Job}}", "pull-kubevirt-unit-test" },
        { "{{.Job.Status.URL}}", ProwJobFixtures.Presubmit().Status.Url },
        { "{{.Job.Spec.Refs.BaseSHA}}", "deadbeef" },
        { "{{.Job.Name}} {{.Job.ObjectMeta.Name}} {{.Job.Metadata.Name}}", "a1b2c3 a1b2c3 a1b2c3" },
        { "{{.Job.Labels}}", "map[prow.k8s.io/type:presubmit]" },
        { "{{.Job.Spec.Type}}/{{.Job.Status.State}}", "presubmit/failure" },
        { "{{.Labels.team}}", "ci" },
        { "{{.Labels.nope}}|{{.Labels.nope.deeper}}", "<no value>|<no value>" },
        { "[{{index .Labels \"nope\"}}]", "[]" },
        { "{{index .Values \"nope\"}}", "<no value>" },
        { "{{.Values.count}} {{.Values.name}}", "2 x" },
        { "{{.ReadOnly.zone}}", "eu" },
        { "{{.NilMap.key}} {{len .NilMap}}", "<no value> 0" },
        { "{{.Greet}}", "hi hello" },
        { "{{.NoRefs}}", "<nil>" },
        { "{{.Job.Spec.Refs.Pulls}}", "[{123 alice abc123 Fix <b>all</b> & more}]" },
        { "{{(index .Job.Spec.Refs.Pulls 0).Author}}", "alice" },
        { "{{(.Job.Spec).Job}}", "pull-kubevirt-unit-test" },
        { "{{.Numbers}} {{.Names}} {{.Scores}} {{.Empty}}", "[3 1 2] [alice bob carol] map[a:1 b:2 c:3] []" },
        { "{{.Ratio}} {{.Million}} {{.Big}} {{.Unsigned}} {{.Flag}}", "1.5 1e+06 1000000 7 true" },
        { "{{.Started}}", "2024-03-01 10:00:00 +0000 UTC" },
        { "{{.Finished}}", "2024-03-01 12:30:05.25 +0200 +0200" },
        { "{{.Elapsed}}", "1h2m3.5s" },
    };

    public static TheoryData<string, string> Literals => new()
    {
        { "{{\"a\\tb\\u00e9\\x41\\\"\"}}", "a\tbéA\"" },
        { "{{\"\\xc3\\xa9\"}}", "é" },
        { "{{`raw\\n`}}", "raw\\n" },
        { "{{'a'}} {{'\\n'}}", "97 10" },
        { "{{1.5}} {{1e6}} {{0x1F}} {{-7}} {{1_000}} {{0o17}} {{017}}", "1.5 1e+06 31 -7 1000 15 15" },
        { "{{true}} {{false}}", "true false" },
        { "{{print nil}}", "<nil>" },
    };

    public static TheoryData<string, string> Variables => new()
    {
        { "{{$x := .Text}}{{$x}} {{$x = \"bye\"}}{{$x}}", "hello bye" },
        { "{{with .Job}}{{$.Text}} {{.Spec.Job}}{{end}}", "hello pull-kubevirt-unit-test" },
        { "{{with $r := .Job.Spec.Refs}}{{$r.Org}}/{{.Repo}}{{end}}", "kubevirt/kubevirt" },
        { "{{$n := 0}}{{range .Numbers}}{{$n = .}}{{end}}{{$n}}", "2" },
        { "{{if $p := index .Job.Spec.Refs.Pulls 0}}{{$p.Number}}{{end}}", "123" },
        { "{{$x := 1}}{{range .Names}}{{$x := .}}{{end}}{{$x}}", "1" },
        { "{{range $i, $e := ($n := .Names)}}{{$i}}{{$e}}{{end}}", "0alice1bob2carol" },
    };

    public static TheoryData<string, string> Ranges => new()
    {
        { "{{range .Numbers}}{{.}},{{end}}", "3,1,2," },
        { "{{range $i, $n := .Names}}{{$i}}:{{$n}} {{end}}", "0:alice 1:bob 2:carol " },
        { "{{range $e := .Names}}{{$e}}{{end}}", "alicebobcarol" },
        { "{{range .Empty}}x{{else}}none{{end}}", "none" },
        { "{{range .Missing}}x{{else}}nil list{{end}}", "nil list" },
        { "{{range $k, $v := .Scores}}{{$k}}{{$v}}{{end}}", "a1b2c3" },
        { "{{range .Scores}}{{.}}{{end}}", "123" },
        { "{{range $k, $v := .ReadOnly}}{{$k}}={{$v}};{{end}}", "cloud=gce;zone=eu;" },
        { "{{range 3}}{{.}}{{end}}|{{range $i := 2}}{{$i}}{{end}}|{{range 0}}x{{else}}zero{{end}}", "012|01|zero" },
        { "{{range .Numbers}}{{if eq . 1}}{{break}}{{end}}{{.}}{{end}}", "3" },
        { "{{range .Numbers}}{{if eq . 1}}{{continue}}{{end}}{{.}}{{end}}", "32" },
        { "{{range $i, $e := .Names}}{{if $i}}, {{end}}{{$e}}{{end}}", "alice, bob, carol" },
        { "{{range .Job.Spec.Refs.Pulls}}#{{.Number}} by {{.Author}}{{end}}", "#123 by alice" },
        { "{{$i := 0}}{{$e := \"\"}}{{range $i, $e = .Names}}{{end}}{{$i}}{{$e}}", "2carol" },
    };

    public static TheoryData<string, string> Conditionals => new()
    {
        { "{{if .Flag}}yes{{else}}no{{end}}", "yes" },
        { "{{if .Zero}}zero{{else if .Empty}}empty{{else if .Text}}text{{else}}none{{end}}", "text" },
        { "{{if .NoRefs}}x{{else}}nil is false{{end}} {{if .Job}}struct is true{{end}}", "nil is false struct is true" },
        { "{{if .Ratio}}a{{end}}{{if .Unsigned}}b{{end}}{{if .Labels}}c{{end}}{{if .Values.nope}}d{{end}}", "abc" },
        { "{{with .NoRefs}}x{{else with .Job.Spec.Refs}}{{.Org}}{{else}}none{{end}}", "kubevirt" },
        { "{{with .Empty}}x{{else}}empty{{end}}", "empty" },
        { "{{with .Job.Spec}}{{with .Refs}}{{.Repo}}{{end}}{{end}}", "kubevirt" },
        { "{{if not .Flag}}a{{else}}{{if .Flag}}nested{{end}}{{end}}", "nested" },
    };

    public static TheoryData<string, string> Functions => new()
    {
        { "{{and 1 0 2}} {{and 1 2}} {{or 0 \"\" \"x\"}} [{{or 0 \"\"}}]", "0 2 x []" },
        { "{{or .Flag .NoRefs.Org}} {{and .NoRefs .NoRefs.Org}}", "true <nil>" },
        { "{{not .Flag}} {{not .Empty}} {{not .Labels.nope}}", "false true true" },
        { "{{len .Names}} {{len .Scores}} {{len .Text}} {{len .Missing}} {{len \"é\"}}", "3 3 5 0 2" },
        { "{{index .Names 1}} {{index .Scores \"c\"}} {{index .Scores \"zz\"}} {{index .Text 0}}", "bob 3 0 104" },
        { "{{index .Job.Labels \"prow.k8s.io/type\"}}", "presubmit" },
        { "{{slice .Text 1 3}} {{slice .Names 1}} {{slice .Names 0 1}} {{slice .Text}}", "el [bob carol] [alice] hello" },
        { "{{eq .Job.Spec.Type \"presubmit\"}} {{eq 2 1 2}} {{eq .Unsigned 7}} {{ne .Text \"hello\"}} {{eq .NoRefs nil}}", "true true true false true" },
        { "{{eq .Job.Status.State \"failure\"}} {{ne .Job.Spec.Type \"batch\"}}", "true true" },
        { "{{lt 1 2}} {{le 2 2}} {{gt 1 2}} {{ge 3 2}} {{lt \"a\" \"b\"}} {{gt .Big 10}} {{lt -1 .Unsigned}} {{ge 1.5 .Ratio}}", "true true false true true true true true" },
        { "{{if gt (len .Job.Spec.Refs.Pulls) 0}}has pulls{{end}}", "has pulls" },
        { "{{print \"a\" 1 2 \"b\"}}|{{println \"a\" 1}}|", "a1 2b|a 1\n|" },
        { "{{print .Job.Spec.Type 1}}", "presubmit1" },
        { "{{.Text | printf \"%s!\"}} {{.Text | len | printf \"%03d\"}}", "hello! 005" },
        { "{{printf \"%v|%5d|%-5s|%.2f|%q|%t|%x\" .Numbers 42 \"ab\" 3.14159 \"q\" true 255}}", "[3 1 2]|   42|ab   |3.14|\"q\"|true|ff" },
        { "{{printf \"%s/%d\" .Job.Spec.Type (index .Job.Spec.Refs.Pulls 0).Number}}", "presubmit/123" },
        { "{{html .Markup}}", "&lt;a href=&#39;x&#39;&gt;Tom &amp; &#34;Jerry&#34;&lt;/a&gt;" },
        { "{{html .Labels.nope}} {{print .Labels.nope}} {{html .NoRefs}}", "&lt;no value&gt; <nil> &lt;nil&gt;" },
        { "{{.Markup | html}}", "&lt;a href=&#39;x&#39;&gt;Tom &amp; &#34;Jerry&#34;&lt;/a&gt;" },
        { "{{js \"it's <b>\\n\"}}", "it\\'s \\u003Cb\\u003E\\u000A" },
        { "{{urlquery \"a b&c=d/é\"}} {{urlquery .Job.Spec.Type 1}}", "a+b%26c%3Dd%2F%C3%A9 presubmit1" },
        { "{{.Job.Spec.Refs.Pulls | len}}", "1" },
        { "{{print .Started}}", "2024-03-01 10:00:00 +0000 UTC" },
    };

    [Theory]
    [MemberData(nameof(TextAndTrimming))]
    [MemberData(nameof(Fields))]
    [MemberData(nameof(Literals))]
    [MemberData(nameof(Variables))]
    [MemberData(nameof(Ranges))]
    [MemberData(nameof(Conditionals))]
    [MemberData(nameof(Functions))]
    public void Execute_Construct_MatchesGo(string template, string expected)
    {
        var parsed = GoTemplate.Parse("t", template);

        Assert.Equal(expected, parsed.Execute(new TemplateSample()));
    }

    [Fact]
    public void Execute_AndOr_ShortCircuitWithoutEvaluatingLaterOperands()
    {
        // .NoRefs.Org would fail with a nil pointer error if evaluated.
        var template = GoTemplate.Parse("t", "{{if and .NoRefs .NoRefs.Org}}x{{else}}skipped{{end}} {{or .Text .NoRefs.Org}}");

        Assert.Equal("skipped hello", template.Execute(new TemplateSample()));
    }

    [Fact]
    public void Execute_DictionaryRoot_LooksUpKeys()
    {
        var data = new Dictionary<string, object?> { ["Spec"] = new Dictionary<string, string> { ["Job"] = "j" }, ["n"] = 3 };

        Assert.Equal("j 3 <no value>", GoTemplate.Parse("t", "{{.Spec.Job}} {{.n}} {{.nope}}").Execute(data));
    }
}
