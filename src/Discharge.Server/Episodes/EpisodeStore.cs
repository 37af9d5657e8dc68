using JasperFx.Events.Projections;
using Marten;

namespace Discharge.Server.Episodes;

/// <summary>How episodes are stored: one event stream per episode, projected inline into its view.</summary>
internal static class EpisodeStore
{
    public static void ConfigureEpisodes(this StoreOptions options)
    {
        options.Projections.Snapshot<EpisodeView>(SnapshotLifecycle.Inline);
    }
}
