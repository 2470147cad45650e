using System.Text;

namespace Bowsprit.Storage.Tests;

/// <summary>Opening a store from a bucket setting, as the pod utilities do with nothing but the options and a credentials file.</summary>
public sealed class ArtifactStoresTests(S3rverFixture s3rver) : IClassFixture<S3rverFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task S3Url_WithEndpointInProwsCredentialsFile_ReachesTheServerUnderThePrefix()
    {
        var endpoint = new Uri(s3rver.Endpoint);
        var credentials = Path.Join(Path.GetTempPath(), $"bowsprit-s3-{Guid.NewGuid():N}.json");
        // Prow's file gives a bare host and says whether to use plain http.
        await File.WriteAllTextAsync(credentials, $$"""
            {"access_key": "S3RVER", "secret_key": "S3RVER", "endpoint": "{{endpoint.Authority}}", "insecure": true, "region": "us-east-1"}
            """, Ct);
        try
        {
            var store = await ArtifactStores.OpenAsync(StoragePath.Parse($"s3://{S3rverFixture.Bucket}/via-factory"), credentials, TimeProvider.System, Ct);
            using (store as IDisposable)
            {
                await store.WriteAsync("logs/j/1/started.json", Encoding.UTF8.GetBytes("{}"), Ct);
            }

            using var direct = await s3rver.CreateStoreAsync("", TimeProvider.System, Ct);
            Assert.Equal("{}", Encoding.UTF8.GetString(await direct.ReadAsync("via-factory/logs/j/1/started.json", Ct)));
        }
        finally
        {
            File.Delete(credentials);
        }
    }

    [Fact]
    public async Task LocalDirectory_OpensALocalStore_AndGcsIsRefusedClearly()
    {
        var dir = Path.Join(Path.GetTempPath(), $"bowsprit-local-{Guid.NewGuid():N}");
        var local = await ArtifactStores.OpenAsync(StoragePath.Parse(dir), null, TimeProvider.System, Ct);
        Assert.Equal(dir, Assert.IsType<LocalArtifactStore>(local).RootDirectory);
        Directory.Delete(dir, recursive: true);

        var e = await Assert.ThrowsAsync<NotSupportedException>(() =>
            ArtifactStores.OpenAsync(StoragePath.Parse("gs://some-bucket"), null, TimeProvider.System, Ct));
        Assert.Contains("gs://some-bucket", e.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ArtifactStores.OpenAsync(StoragePath.Parse("s3://some-bucket"), null, TimeProvider.System, Ct));
    }
}
