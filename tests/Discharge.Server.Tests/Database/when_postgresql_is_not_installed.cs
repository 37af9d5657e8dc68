using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Database;

/// <summary>Without a connection string or PostgreSQL binaries the service stops at once with one line saying what to install.</summary>
public class when_postgresql_is_not_installed
{
    [Fact]
    public async Task the_service_names_the_package_to_install_and_exits_non_zero()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-postgresql-{Guid.NewGuid():N}");

        var run = await ServerProcess.RunAsync([], new Dictionary<string, string?>
        {
            ["ConnectionStrings__Marten"] = null,
            ["DISCHARGE_PG_BINDIR"] = missing,
        });

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith($"error: DISCHARGE_PG_BINDIR ({missing}) holds no initdb and pg_ctl.")
            .And.Contain("apt-get install postgresql");
        run.Error.TrimEnd().Should().NotContain("\n", "the error is one line");
    }
}
