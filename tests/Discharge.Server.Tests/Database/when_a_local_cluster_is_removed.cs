using Discharge.Server.Database;

namespace Discharge.Server.Tests.Database;

/// <summary>A throw-away cluster leaves nothing in the temporary folder once disposed, nor after a deletion cut short.</summary>
public class when_a_local_cluster_is_removed
{
    [Fact]
    public async Task its_folder_is_gone_after_it_is_disposed()
    {
        var cluster = await LocalPostgresCluster.StartAsync();
        var folder = cluster.Folder;
        Directory.Exists(folder).Should().BeTrue();

        await cluster.DisposeAsync();

        (await GoneWithin(folder, TimeSpan.FromSeconds(10))).Should().BeTrue();
    }

    [Fact]
    public async Task a_leftover_whose_deletion_was_cut_short_is_removed_by_the_next_start()
    {
        // What a run ended while deleting leaves: part of the data, and no owner file any more.
        var leftover = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"discharge-pg-cut{Guid.NewGuid():N}"[..25]));
        Directory.CreateDirectory(Path.Combine(leftover.FullName, "data", "base"));
        await File.WriteAllTextAsync(Path.Combine(leftover.FullName, "data", "PG_VERSION"), "17");

        await using (await LocalPostgresCluster.StartAsync())
        {
            Directory.Exists(leftover.FullName).Should().BeFalse();
        }
    }

    private static async Task<bool> GoneWithin(string folder, TimeSpan limit)
    {
        for (var waited = TimeSpan.Zero; waited < limit; waited += TimeSpan.FromMilliseconds(100))
        {
            if (!Directory.Exists(folder))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
