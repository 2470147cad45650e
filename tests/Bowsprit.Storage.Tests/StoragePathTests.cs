namespace Bowsprit.Storage.Tests;

public sealed class StoragePathTests
{
    [Theory]
    [InlineData("gs://kubernetes-jenkins", StorageProvider.Gcs, "kubernetes-jenkins", "")]
    [InlineData("gs://bucket/some/prefix/", StorageProvider.Gcs, "bucket", "some/prefix")]
    [InlineData("s3://artifacts/ci", StorageProvider.S3, "artifacts", "ci")]
    [InlineData("kubernetes-jenkins", StorageProvider.Gcs, "kubernetes-jenkins", "")]
    [InlineData("file:///var/lib/bowsprit/artifacts", StorageProvider.File, "/var/lib/bowsprit/artifacts", "")]
    [InlineData("/var/lib/bowsprit/artifacts", StorageProvider.File, "/var/lib/bowsprit/artifacts", "")]
    public void Parse_SupportedForms(string value, StorageProvider provider, string bucket, string prefix) =>
        Assert.Equal(new StoragePath(provider, bucket, prefix), StoragePath.Parse(value));

    [Fact]
    public void Parse_RelativeDirectory_BecomesAbsolute() =>
        Assert.Equal(Path.GetFullPath("./out"), StoragePath.Parse("./out").Bucket);

    [Theory]
    [InlineData("http://example.test/bucket", "scheme 'http'")]
    [InlineData("gs://", "not a valid bucket name")]
    [InlineData("s3://Upper/x", "not a valid bucket name")]
    [InlineData("file://relative/dir", "absolute path")]
    [InlineData("some dir/with space", "expected gs://")]
    [InlineData("", "empty")]
    public void Parse_Invalid_NamesTheInputAndTheReason(string value, string reason)
    {
        var e = Assert.Throws<FormatException>(() => StoragePath.Parse(value));
        Assert.Contains($"'{value}'", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_RoundTripsBucketUrls()
    {
        Assert.Equal("s3://artifacts/ci/logs", StoragePath.Parse("s3://artifacts/ci").Child("logs/").ToString());
        Assert.Equal("gs://bkt", StoragePath.Parse("gs://bkt").ToString());
    }
}
