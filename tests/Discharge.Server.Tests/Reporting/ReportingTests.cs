namespace Discharge.Server.Tests.Reporting;

/// <summary>The reporting tests share one seeded server and run one after another (one moves the clock).</summary>
[CollectionDefinition(Name)]
public sealed class ReportingTests : ICollectionFixture<ReportingScenario>
{
    public const string Name = "reporting";
}
