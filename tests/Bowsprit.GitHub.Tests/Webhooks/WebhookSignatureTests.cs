using System.Text;
using Bowsprit.GitHub.Webhooks;

namespace Bowsprit.GitHub.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"zen\":\"Keep it logically awesome.\"}");

    [Fact]
    public void Sign_KnownSecret_MatchesGitHubFormat()
    {
        // The example from GitHub's webhook documentation: secret "It's a Secret to Everybody", body "Hello, World!".
        var signature = WebhookSignature.Sign("Hello, World!"u8, "It's a Secret to Everybody");

        Assert.Equal("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17", signature);
    }

    [Fact]
    public void Verify_ValidSignatureUnderAnySecret_IsAccepted()
    {
        var header = WebhookSignature.Sign(Body, "second");

        Assert.True(WebhookSignature.Verify(Body, header, ["first", "second"]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha1=abc")]
    [InlineData("sha256=")]
    [InlineData("sha256=zz57107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e1")]
    [InlineData("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    public void Verify_MissingMalformedOrWrong_IsRejected(string? header) =>
        Assert.False(WebhookSignature.Verify(Body, header, ["secret"]));

    [Fact]
    public void Verify_TamperedBody_IsRejected()
    {
        var header = WebhookSignature.Sign(Body, "secret");
        var tampered = Body.ToArray();
        tampered[^2] ^= 1;

        Assert.False(WebhookSignature.Verify(tampered, header, ["secret"]));
    }
}
