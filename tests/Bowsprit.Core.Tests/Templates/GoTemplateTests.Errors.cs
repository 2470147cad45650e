using Bowsprit.Core.Templates;

namespace Bowsprit.Core.Tests.Templates;

/// <summary>Parse and execution errors, worded and positioned as Go words them.</summary>
public sealed partial class GoTemplateTests
{
    public static TheoryData<string, string> ParseErrors => new()
    {
        { "Hello {{.Spec.Job", "template: t:1: unclosed action" },
        { "a\n{{end}}", "template: t:2: unexpected {{end}}" },
        { "{{else}}", "template: t:1: unexpected {{else}}" },
        { "{{if .Flag}}a", "template: t:1: unexpected EOF" },
        { "{{foo .Text}}", "template: t:1: function \"foo\" not defined" },
        { "{{$x}}", "template: t:1: undefined variable \"$x\"" },
        { "{{$x = 1}}", "template: t:1: undefined variable \"$x\"" },
        { "{{break}}", "template: t:1: {{break}} outside {{range}}" },
        { "{{range .Names}}{{else}}{{continue}}{{end}}", "template: t:1: {{continue}} outside {{range}}" },
        { "{{if}}x{{end}}", "template: t:1: missing value for if" },
        { "{{if .Flag}}{{else}}{{else}}{{end}}", "template: t:1: expected end; found {{else}}" },
        { "a {{/* never closed", "template: t:1: unclosed comment" },
        { "{{/* c */ .Text}}", "template: t:1: comment ends before closing delimiter" },
        { "{{\"unterminated}}", "template: t:1: unterminated quoted string" },
        { "{{(len .Names}}", "template: t:1: unclosed left paren" },
        { "{{len .Names)}}", "template: t:1: unexpected right paren" },
        { "{{.Text | \"x\"}}", "template: t:1: non executable command in pipeline stage 2" },
        { "{{nil}}", "template: t:1: nil is not a command" },
        { "{{3x}}", "template: t:1: bad number syntax: \"3x\"" },
        { "{{.Text#}}", "template: t:1: bad character U+0023 '#'" },
        { "{{if $a, $b := .Names}}{{end}}", "template: t:1: too many declarations in if" },
    };

    public static TheoryData<string, string> UnsupportedFeatures => new()
    {
        { "{{define \"x\"}}y{{end}}", "{{define}}" },
        { "{{template \"x\" .}}", "{{template}}" },
        { "{{block \"x\" .}}y{{end}}", "{{block}}" },
        { "{{call .Greet}}", "function \"call\"" },
        { "{{.Job.Spec.Job \"arg\"}}", "method call with arguments (.Job.Spec.Job)" },
        { "{{.Text | .Greet}}", "method call with arguments (.Greet)" },
    };

    public static TheoryData<string, string> ExecErrors => new()
    {
        { "{{.Job.Spec.Nope}}", "template: t:1:2: executing \"t\" at <.Job.Spec.Nope>: can't evaluate field Nope in type TemplateJobSpec" },
        { "a\nbc {{.Nope}}", "template: t:2:5: executing \"t\" at <.Nope>: can't evaluate field Nope in type TemplateSample" },
        { "{{index .Job.Spec.Refs.Pulls 5}}", "template: t:1:2: executing \"t\" at <index .Job.Spec.Refs...>: error calling index: index out of range: 5" },
        { "{{.NoRefs.Org}}", "template: t:1:2: executing \"t\" at <.NoRefs.Org>: nil pointer evaluating *TemplateRefs.Org" },
        { "{{.NoRefs.Nope}}", "template: t:1:2: executing \"t\" at <.NoRefs.Nope>: can't evaluate field Nope in type TemplateRefs" },
        { "{{.Missing.Count}}", "template: t:1:2: executing \"t\" at <.Missing.Count>: can't evaluate field Count in type []string" },
        { "{{range .Names}}{{.Foo}}{{end}}", "template: t:1:18: executing \"t\" at <.Foo>: can't evaluate field Foo in type string" },
        { "{{.Text.Length}}", "template: t:1:2: executing \"t\" at <.Text.Length>: can't evaluate field Length in type string" },
        { "{{index .Names \"x\"}}", "template: t:1:2: executing \"t\" at <index .Names \"x\">: error calling index: cannot index slice/array with type string" },
        { "{{index .Flag 0}}", "template: t:1:2: executing \"t\" at <index .Flag 0>: error calling index: can't index item of type bool" },
        { "{{eq 1 \"a\"}}", "template: t:1:2: executing \"t\" at <eq 1 \"a\">: error calling eq: incompatible types for comparison" },
        { "{{lt .Flag true}}", "template: t:1:2: executing \"t\" at <lt .Flag true>: error calling lt: invalid type for comparison" },
        { "{{not 1 2}}", "template: t:1:2: executing \"t\" at <not 1 2>: wrong number of args for not: want 1 got 2" },
        { "{{range .Text}}{{end}}", "template: t:1:8: executing \"t\" at <.Text>: range can't iterate over hello" },
        { "{{len .Flag}}", "template: t:1:2: executing \"t\" at <len .Flag>: error calling len: len of type bool" },
        { "{{printf 1}}", "template: t:1:2: executing \"t\" at <printf 1>: error calling printf: wrong type for value; expected string; got int" },
        { "{{slice .Names 2 1}}", "template: t:1:2: executing \"t\" at <slice .Names 2 1>: error calling slice: invalid slice index: 2 > 1" },
    };

    [Theory]
    [MemberData(nameof(ParseErrors))]
    public void Parse_InvalidTemplate_ThrowsGoStyleError(string template, string expected)
    {
        var error = Assert.Throws<GoTemplateException>(() => GoTemplate.Parse("t", template));

        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [MemberData(nameof(UnsupportedFeatures))]
    public void Parse_FeatureOutsideSubset_SaysNotSupported(string template, string feature)
    {
        var error = Assert.Throws<GoTemplateException>(() => GoTemplate.Parse("t", template));

        Assert.StartsWith($"template: t:1: not supported by Bowsprit: {feature}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExecErrors))]
    public void Execute_FailingTemplate_ThrowsGoStyleError(string template, string expected)
    {
        var parsed = GoTemplate.Parse("t", template);

        var error = Assert.Throws<GoTemplateException>(() => parsed.Execute(new TemplateSample()));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Execute_NilRefsOnPeriodicJob_ReportsProwStyleNilPointer()
    {
        var template = GoTemplate.Parse("job_url", "https://x/{{.Spec.Refs.Org}}");

        var error = Assert.Throws<GoTemplateException>(() => template.Execute(ProwJobFixtures.Periodic()));

        Assert.Equal(
            "template: job_url:1:12: executing \"job_url\" at <.Spec.Refs.Org>: nil pointer evaluating *TemplateRefs.Org",
            error.Message);
    }
}
