using Bowsprit.Core.ProwJobs;
using Bowsprit.Core.Runtime;
using Bowsprit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Bowsprit.Plank.Tests;

public sealed class PlankServiceCollectionTests
{
    [Fact]
    public async Task AddPlank_ResolvesTheControllerAsAHostedService()
    {
        var time = new FakeTimeProvider(Jobs.Epoch);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<IProwJobStore>(new InMemoryProwJobStore())
            .AddSingleton<IJobRuntime>(new FakeJobRuntime(time))
            .AddPlank(new PlankOptions());
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var hosted = provider.GetServices<IHostedService>();

        Assert.Same(provider.GetRequiredService<PlankController>(), Assert.Single(hosted));
    }
}
