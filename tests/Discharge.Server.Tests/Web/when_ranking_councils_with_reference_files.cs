using Discharge.Domain;
using Discharge.Server.Web.League;

namespace Discharge.Server.Tests.Web;

/// <summary>The league table's reference files: the versioned star bands, and a population table only when one is supplied.</summary>
public sealed class when_ranking_councils_with_reference_files : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("discharge-league-").FullName;

    [Theory]
    [InlineData(0, 3)]
    [InlineData(500, 3)]
    [InlineData(500.01, 2)]
    [InlineData(1000, 2)]
    [InlineData(2000, 1)]
    [InlineData(2000.01, 0)]
    public void the_built_in_bands_give_stars_by_delayed_days_per_100_notices(decimal measure, int stars)
    {
        var bands = StarBands.Load(folder: null);

        bands.Version.Should().Be("2026-12-05");
        bands.StarsFor(measure).Should().Be(stars);
    }

    [Fact]
    public void a_bands_file_in_the_reference_folder_replaces_the_built_in_one()
    {
        File.WriteAllText(Path.Combine(folder, StarBands.FileName), """{"version": "local-1", "measure": "delayed-days-per-100-notices", "bands": [{"stars": 3, "atMost": 10}]}""");

        var bands = StarBands.Load(folder);

        bands.Version.Should().Be("local-1");
        bands.StarsFor(11).Should().Be(0);
    }

    [Fact]
    public void no_population_is_known_until_a_table_is_supplied()
    {
        AdultPopulation.Load(folder).Should().BeNull();
        File.WriteAllText(Path.Combine(folder, AdultPopulation.FileName), """{"version": "ONS mid-2009", "councils": [{"council": "E06000015", "adults": 190000}]}""");

        var population = AdultPopulation.Load(folder)!;

        population.Version.Should().Be("ONS mid-2009");
        population.AdultsOf("E06000015").Should().Be(190000);
        population.AdultsOf("E09000007").Should().BeNull();
    }

    [Theory]
    [InlineData("""{"version": "x", "councils": [{"council": "E06000015", "adults": 0}]}""")]
    [InlineData("""{"councils": [{"council": "E06000015", "adults": 1000}]}""")]
    [InlineData("""{"version": "x", "councils": [{"council": "E06000015", "adult": 1000}]}""")]
    [InlineData("not json")]
    public void a_population_table_that_is_not_one_is_refused_naming_the_file(string json)
    {
        File.WriteAllText(Path.Combine(folder, AdultPopulation.FileName), json);

        var load = () => AdultPopulation.Load(folder);

        load.Should().Throw<DataFileException>().WithMessage("adult-population.json: *");
    }

    [Theory]
    [InlineData("""{"version": "x", "measure": "mean-days-delayed", "bands": [{"stars": 3, "atMost": 10}]}""")]
    [InlineData("""{"version": "x", "measure": "delayed-days-per-100-notices", "bands": [{"stars": 4, "atMost": 10}]}""")]
    public void star_bands_for_another_measure_or_beyond_three_stars_are_refused(string json)
    {
        File.WriteAllText(Path.Combine(folder, StarBands.FileName), json);

        var load = () => StarBands.Load(folder);

        load.Should().Throw<DataFileException>().WithMessage("star-bands.json: *");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
