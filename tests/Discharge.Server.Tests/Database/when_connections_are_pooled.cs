using Discharge.Server.Database;
using Discharge.Server.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Discharge.Server.Tests.Database;

/// <summary>
/// A pooled connection keeps the statements prepared on it when it is used again, instead of being reset with
/// <c>DISCARD ALL</c>, which also throws away PostgreSQL's plans for the statements inside Marten's append function.
/// </summary>
public sealed class when_connections_are_pooled(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task a_statement_used_often_stays_prepared_from_one_use_of_the_connection_to_the_next()
    {
        await using var source = NpgsqlDataSource.Create(PreparedStatements.Tune(server.ConnectionString));
        for (var use = 0; use < 3; use++)
        {
            await using var connection = await source.OpenConnectionAsync();
            for (var i = 0; i < 2; i++)
            {
                await using var query = new NpgsqlCommand("select count(*) from mt_events where stream_id = $1", connection) { Parameters = { new() { Value = Guid.NewGuid() } } };
                await query.ExecuteScalarAsync();
            }
        }

        await using var again = await source.OpenConnectionAsync();
        await using var prepared = new NpgsqlCommand("select count(*) from pg_prepared_statements where statement like '%from mt_events where stream_id%'", again);
        ((long)(await prepared.ExecuteScalarAsync())!).Should().Be(1);
    }

    [Fact]
    public void the_server_prepares_statements_automatically()
    {
        using var connection = server.Host.Services.GetRequiredService<IDocumentStore>().Storage.Database.CreateConnection();
        new NpgsqlConnectionStringBuilder(connection.ConnectionString).MaxAutoPrepare.Should().Be(PreparedStatements.Default);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=5", 5)]
    [InlineData("Host=db", PreparedStatements.Default)]
    public void a_connection_string_that_names_the_setting_keeps_it(string connectionString, int expected) =>
        new NpgsqlConnectionStringBuilder(PreparedStatements.Tune(connectionString)).MaxAutoPrepare.Should().Be(expected);
}
