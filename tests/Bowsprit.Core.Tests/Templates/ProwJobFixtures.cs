namespace Bowsprit.Core.Tests.Templates;

public static class ProwJobFixtures
{
    public static TemplateProwJob ForKind(string kind) => kind switch
    {
        "presubmit" => Presubmit(),
        "postsubmit" => Postsubmit(),
        "batch" => Batch(),
        "periodic" => Periodic(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static TemplateProwJob Presubmit() => new()
    {
        Metadata = new() { Name = "a1b2c3", Labels = new() { ["prow.k8s.io/type"] = "presubmit" } },
        Spec = new()
        {
            Type = TemplateJobType.Presubmit,
            Job = "pull-kubevirt-unit-test",
            Refs = new()
            {
                Org = "kubevirt",
                Repo = "kubevirt",
                BaseSha = "deadbeef",
                BaseLink = "https://github.com/kubevirt/kubevirt/commit/deadbeef",
                Pulls = [new() { Number = 123, Author = "alice", Sha = "abc123", Title = "Fix <b>all</b> & more" }],
            },
        },
        Status = new()
        {
            State = TemplateJobState.Failure,
            Url = "https://prow.ci.kubevirt.io/view/gs/kubevirt-prow/pr-logs/pull/kubevirt_kubevirt/123/pull-kubevirt-unit-test/1584987912955498496",
            BuildId = "1584987912955498496",
            JenkinsBuildId = "42",
            StartTime = new DateTime(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc),
        },
    };

    public static TemplateProwJob Postsubmit() => new()
    {
        Metadata = new() { Name = "d4e5f6" },
        Spec = new()
        {
            Type = TemplateJobType.Postsubmit,
            Job = "post-kubevirt-push",
            Refs = new() { Org = "kubevirt", Repo = "kubevirt", BaseSha = "cafef00d" },
        },
        Status = new() { State = TemplateJobState.Success, BuildId = "1585000000000000001", Url = "https://prow/post" },
    };

    public static TemplateProwJob Batch() => new()
    {
        Metadata = new() { Name = "g7h8i9" },
        Spec = new()
        {
            Type = TemplateJobType.Batch,
            Job = "pull-kubevirt-e2e",
            Refs = new()
            {
                Org = "kubevirt",
                Repo = "kubevirt",
                BaseSha = "deadbeef",
                Pulls = [new() { Number = 123, Author = "alice" }, new() { Number = 456, Author = "bob" }],
            },
        },
        Status = new() { State = TemplateJobState.Pending, BuildId = "1585000000000000002" },
    };

    public static TemplateProwJob Periodic() => new()
    {
        Metadata = new() { Name = "j0k1l2" },
        Spec = new() { Type = TemplateJobType.Periodic, Job = "periodic-kubevirt-nightly" },
        Status = new() { State = TemplateJobState.Aborted, BuildId = "1585000000000000003" },
    };
}
