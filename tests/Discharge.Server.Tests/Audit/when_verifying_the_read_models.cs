using Discharge.Server.Audit.CommandLine;
using Discharge.Server.Tests.Statements;
using Discharge.Server.Tests.Support;
using Marten.Events;
using Npgsql;

namespace Discharge.Server.Tests.Audit;

/// <summary>An auditor rebuilds every read model from the events and compares it with the live documents, one by one.</summary>
public sealed class when_verifying_the_read_models(DischargeServer server) : IClassFixture<DischargeServer>
{
    [Fact]
    public async Task a_clean_store_passes_and_an_altered_or_deleted_document_is_named()
    {
        var billing = new Billing(server);
        billing.Today(2004, 2, 10);
        var episode = await billing.JanuaryEpisodeAsync();
        var statement = (await billing.IssuedAsync("2004-01")).GetProperty("id").GetGuid();
        var dispute = (await billing.DisputeAsync(statement, episode)).GetProperty("id").GetGuid();
        await server.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

        var clean = await VerifyAsync();
        clean.GetProperty("clean").GetBoolean().Should().BeTrue(clean.ToString());
        var cleanRun = await AuditRun.RunAsync(server, new VerifyReadModelsAction());
        (cleanRun.ExitCode, cleanRun.Output).Should().Be((0, "Read models match: 3 documents rebuilt from 3 streams, 0 different\n"));
        clean.GetProperty("documentsRebuilt").GetInt32().Should().Be(3, "the episode's ledger, the statement and the dispute");

        await SqlAsync($"UPDATE mt_doc_statement SET data = jsonb_set(data, '{{issued,total}}', '400') WHERE id = '{statement}'");
        await SqlAsync($"DELETE FROM mt_doc_episodedelayledger WHERE id = '{episode}'");
        var altered = await VerifyAsync();

        altered.GetProperty("clean").GetBoolean().Should().BeFalse();
        altered.GetProperty("differences").EnumerateArray()
            .Select(d => (d.GetProperty("document").GetString(), d.GetProperty("id").GetString(), d.GetProperty("problem").GetString()))
            .Should().BeEquivalentTo([("Statement", statement.ToString(), "differs"), ("EpisodeDelayLedger", episode.ToString(), "missing")]);
        var alteredRun = await AuditRun.RunAsync(server, new VerifyReadModelsAction());
        alteredRun.ExitCode.Should().Be(1);
        alteredRun.Output.Should().Contain($"Statement {statement}: differs").And.Contain($"EpisodeDelayLedger {episode}: missing");
        dispute.Should().NotBeEmpty();
    }

    private async Task<System.Text.Json.JsonElement> VerifyAsync()
    {
        using var client = server.CreateAuditorClient();
        using var response = await client.PostAsync("/audit/verify", null);
        response.EnsureSuccessStatusCode();
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task SqlAsync(string sql)
    {
        await using var connection = await server.OpenDatabaseAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        (await command.ExecuteNonQueryAsync()).Should().Be(1, sql);
    }
}
