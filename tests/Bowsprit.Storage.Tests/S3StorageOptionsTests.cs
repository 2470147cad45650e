namespace Bowsprit.Storage.Tests;

public sealed class S3StorageOptionsTests
{
    [Fact]
    public async Task CreateAsync_CredentialsFileWithoutSecret_NamesTheFileAndTheMissingKeys()
    {
        var file = Path.Join(Path.GetTempPath(), $"bowsprit-creds-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{"access_key": "only-half"}""", TestContext.Current.CancellationToken);
        try
        {
            var options = new S3StorageOptions { Endpoint = "http://127.0.0.1:1", Bucket = "artifacts", CredentialsFile = file };

            var e = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                S3ArtifactStore.CreateAsync(options, TimeProvider.System, TestContext.Current.CancellationToken));

            Assert.Contains(file, e.Message, StringComparison.Ordinal);
            Assert.Contains("secret_key", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
