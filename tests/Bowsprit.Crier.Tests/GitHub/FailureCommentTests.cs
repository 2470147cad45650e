using Bowsprit.Core.Api;
using Bowsprit.Crier.GitHub;
using Bowsprit.Crier.Tests.Support;
using Bowsprit.GitHub.Models;

namespace Bowsprit.Crier.Tests.GitHub;

public sealed class FailureCommentTests
{
    private static readonly TestRepo Repo = new("acme", "demo", "base", "head", 7);

    private static IssueComment Comment(long id, string login, string body) => new() { Id = id, User = new User { Login = login }, Body = body };

    private static bool IsBot(string login) => login == "bot";

    [Fact]
    public void FirstFailure_CreatesComment()
    {
        var failed = TestJobs.Presubmit(Repo, "unit", ProwJobState.Failure);

        var plan = FailureComment.Plan([failed], IsBot, []);

        Assert.Empty(plan.Deletes);
        Assert.Null(plan.EditId);
        Assert.Equal(["unit | head | [link](http://deck.example.test/view/unit/0) | true | `/test unit`"], plan.Rows);
    }

    [Fact]
    public void OthersCommentsAndUnmarkedBotComments_AreLeftAlone()
    {
        var passed = TestJobs.Presubmit(Repo, "unit", ProwJobState.Success);
        var table = "x\n--- | ---\nlint | s | [link](u) | true | `/test lint`\n\n" + FailureComment.Marker;

        var plan = FailureComment.Plan([passed], IsBot, [Comment(1, "bob", table), Comment(2, "bot", "hello"), Comment(3, "bot", table)]);

        Assert.Empty(plan.Deletes);
        Assert.Equal(3, plan.EditId);
        Assert.Equal(["lint | s | [link](u) | true | `/test lint`"], plan.Rows);
    }

    [Fact]
    public void AllRowsResolved_DeletesTheComment()
    {
        var passed = TestJobs.Presubmit(Repo, "lint", ProwJobState.Success);
        var table = "x\n--- | ---\nlint | s | [link](u) | true | `/test lint`\n\n" + FailureComment.Marker;

        var plan = FailureComment.Plan([passed], IsBot, [Comment(3, "bot", table)]);

        Assert.Equal([3L], plan.Deletes);
        Assert.Empty(plan.Rows);
        Assert.Null(plan.EditId);
    }

    [Fact]
    public void AbortedAndErroredJobs_RemoveTheirRowButAddNone()
    {
        var aborted = TestJobs.Presubmit(Repo, "lint", ProwJobState.Aborted);
        var table = "x\n--- | ---\nlint | s | [link](u) | true | `/test lint`\nunit | s | [link](u) | true | `/test unit`\n\n" + FailureComment.Marker;

        var plan = FailureComment.Plan([aborted], IsBot, [Comment(3, "bot", table)]);

        Assert.Equal(["unit | s | [link](u) | true | `/test unit`"], plan.Rows);
        Assert.Equal(3, plan.EditId);
    }

    [Fact]
    public void Postsubmit_RequiredIsUnknown()
    {
        var job = TestJobs.Presubmit(Repo, "unit", ProwJobState.Failure);
        job.Spec.Type = ProwJobType.Postsubmit;

        Assert.Contains(" | unknown | ", FailureComment.Row(job), StringComparison.Ordinal);
    }
}
