using Discharge.Domain.NhsBodies;
using NodaTime;

namespace Discharge.Domain.Tests.ReferenceTables;

/// <summary>The NHS body register knows each trust's ODS code and the days the code was in use, and can be replaced by a file.</summary>
public sealed class when_looking_up_nhs_bodies : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("discharge-nhs-bodies-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void the_shipped_register_holds_trusts_with_the_days_their_codes_were_in_use()
    {
        var register = Discharge.Domain.ReferenceData.Default.NhsBodies;

        register.Version.Should().Be("2026.1");
        register.Find("RTG")!.ExistedOn(new LocalDate(2004, 1, 12)).Should().BeTrue();
        var burton = register.Find("RJF")!;
        burton.ExistedOn(new LocalDate(2018, 6, 30)).Should().BeTrue();
        burton.ExistedOn(new LocalDate(2018, 7, 1)).Should().BeFalse("Burton Hospitals merged into RTG on 1 Jul 2018");
        register.Find("RQF").Should().BeNull("Welsh trusts are outside the English scheme");
        register.Find("RZZ").Should().BeNull();
    }

    [Fact]
    public void a_file_in_the_directory_replaces_the_register()
    {
        File.WriteAllText(Path.Combine(directory, NhsBodyRegister.FileName), """
            { "version": "2026.2-test", "bodies": [ { "code": "RG2", "name": "QUEEN ELIZABETH HOSPITAL NHS TRUST", "from": null, "to": "2009-03-31" } ] }
            """);

        var register = Discharge.Domain.ReferenceData.LoadFrom(directory).NhsBodies;

        register.Version.Should().Be("2026.2-test");
        register.Find("RG2")!.ExistedOn(new LocalDate(2004, 1, 12)).Should().BeTrue();
        register.Find("RTG").Should().BeNull();
    }

    [Fact]
    public void a_malformed_file_names_the_file_and_the_field()
    {
        File.WriteAllText(Path.Combine(directory, NhsBodyRegister.FileName), """
            { "version": "x", "bodies": [ { "code": "RTG", "name": "A", "from": "1 April 1998" } ] }
            """);

        var load = () => Discharge.Domain.ReferenceData.LoadFrom(directory);

        load.Should().Throw<DataFileException>().WithMessage("*nhs-bodies-england.json: $.bodies[0].from: '1 April 1998' is not an ISO date (yyyy-MM-dd)");
    }
}
