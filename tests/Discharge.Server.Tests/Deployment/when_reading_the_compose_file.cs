using Discharge.Server.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Discharge.Server.Tests.Deployment;

/// <summary>No container engine runs here: the compose file is parsed, its anchors merged as compose merges them, and read.</summary>
public sealed class when_reading_the_compose_file
{
    private static readonly string ComposeFile = Path.Combine(ServerProcess.ProjectFolder, "..", "..", "ops", "compose.yaml");

    [Fact]
    public void it_runs_postgresql_and_two_nodes_sharing_the_projection_daemon()
    {
        var services = Mapping(Root(), "services");

        services.Children.Keys.Select(k => k.ToString()).Should().Equal("postgres", "node-a", "node-b");
        foreach (var node in new[] { "node-a", "node-b" })
        {
            var environment = Mapping(Mapping(services, node), "environment");
            Scalar(environment, "Discharge__ProjectionDaemon").Should().Be("HotCold");
            Scalar(environment, "ConnectionStrings__Marten").Should().StartWith("Host=postgres;Database=discharge;");
            Scalar(Mapping(Mapping(services, node), "build"), "dockerfile").Should().Be("ops/Dockerfile");
        }

        Mapping(services, "node-a")["ports"].ToString().Should().NotBe(Mapping(services, "node-b")["ports"].ToString());
    }

    private static YamlMappingNode Root()
    {
        using var reader = new StringReader(File.ReadAllText(ComposeFile));
        // MergingParser applies the `<<: *node` merge keys, as compose does.
        var stream = new YamlStream();
        stream.Load(new YamlDotNet.Core.MergingParser(new YamlDotNet.Core.Parser(reader)));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static string? Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value;
}
