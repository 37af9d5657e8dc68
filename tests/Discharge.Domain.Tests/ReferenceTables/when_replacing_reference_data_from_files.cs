using Discharge.Domain.Councils;
using Discharge.Domain.Liability;
using Discharge.Domain.Rules;

namespace Discharge.Domain.Tests.ReferenceTables;

/// <summary>Reference data is replaceable from a file without a code change, and every figure records the versions used.</summary>
public sealed class when_replacing_reference_data_from_files : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("discharge-reference-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void the_shipped_tables_are_embedded_and_versioned()
    {
        var data = Discharge.Domain.ReferenceData.Default;

        data.Versions.Should().Be(new ReferenceDataVersions("2026.1", "2026.1", "2026.1"));
        data.Councils.Find("E09000001")!.Name.Should().Be("City of London");
        data.Councils.Find(TestCouncils.GatesheadBefore2013)!.SuccessorCode.Should().Be("E08000037");
        data.Rates.BandOf("E09000033", Regime.CareAct2014).Should().Be(RateBand.Higher);
        data.Rates.BandOf(TestCouncils.Derby, Regime.Act2003).Should().Be(RateBand.Lower);
        data.Rates.HigherRateAuthorities.Should().HaveCount(33);
    }

    [Fact]
    public void a_file_in_the_directory_replaces_only_its_own_table()
    {
        File.WriteAllText(Path.Combine(directory, RateTable.FileName), """
            {
              "version": "2026.2-test",
              "regimes": [
                { "regime": "Act2003", "lowerRate": 100, "higherRate": 120, "from": "2004-01-05", "to": "2015-03-31" },
                { "regime": "CareAct2014", "lowerRate": 130, "higherRate": 155, "from": "2015-04-01", "to": "2022-06-30" }
              ],
              "higherRateAuthorities": [ { "council": "E06000015", "regimes": ["Act2003"] } ]
            }
            """);

        var data = Discharge.Domain.ReferenceData.LoadFrom(directory);
        var priced = new LiabilityCalculator(RuleSets.Default, data).CalculateToRegimeEnd(
            EpisodeBuilder.For(TestCouncils.Derby).Header,
            EpisodeBuilder.For(TestCouncils.Derby)
                .AssessmentNotice("2004-01-12 10:15")
                .DischargeNotice("2004-01-13 09:00", proposed: "2004-01-15")
                .Discharged("2004-01-20")
                .Events);

        data.Versions.Should().Be(new ReferenceDataVersions("2026.1", "2026.1", "2026.2-test"));
        priced.TotalAmount.Should().Be(600m);
        priced.ReferenceData.RateBands.Should().Be("2026.2-test");
    }

    [Fact]
    public void a_table_that_leaves_chargeable_days_without_a_rate_is_refused()
    {
        File.WriteAllText(Path.Combine(directory, RateTable.FileName), """
            { "version": "gap", "regimes": [ { "regime": "Act2003", "lowerRate": 100, "higherRate": 120, "from": "2004-01-05", "to": "2010-03-31" } ], "higherRateAuthorities": [] }
            """);

        var bind = () => new LiabilityCalculator(RuleSets.Default, Discharge.Domain.ReferenceData.LoadFrom(directory));

        bind.Should().Throw<ArgumentException>().WithMessage("Rate table gap has no Act2003 rates for 2010-04-01*");
    }

    [Fact]
    public void a_malformed_file_names_the_file_and_the_field()
    {
        File.WriteAllText(Path.Combine(directory, CouncilRegister.FileName), """
            { "version": "x", "councils": [ { "code": "E1", "name": "A", "kind": "parish", "region": "R" } ] }
            """);

        var load = () => Discharge.Domain.ReferenceData.LoadFrom(directory);

        load.Should().Throw<DataFileException>().WithMessage("*councils-england.json: $.councils[0].kind: 'parish' is not one of: county, metropolitan-district, london-borough, unitary");
    }

    [Fact]
    public void a_code_listed_twice_names_the_file_and_the_code()
    {
        File.WriteAllText(Path.Combine(directory, "nhs-bodies-england.json"), """
            { "version": "x", "bodies": [ { "code": "RTG", "name": "A" }, { "code": "RTG", "name": "B" } ] }
            """);

        var load = () => Discharge.Domain.ReferenceData.LoadFrom(directory);

        load.Should().Throw<DataFileException>().WithMessage("*nhs-bodies-england.json: NHS body RTG is listed twice.");
    }
}
