using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Discharge.Benchmarks.Http;
using Discharge.Server.Tests.Support;
using Npgsql;

namespace Discharge.Server.Tests.Notifications;

/// <summary>
/// The server executable on a database of its own, as deployed: the liability check goes through Wolverine's
/// durable store, serialised and read back, and the council's notification through it again.
/// </summary>
public sealed class when_a_server_runs_on_its_own_database
{
    /// <summary>A due check waits for the next poll of scheduled messages (every 5 s); this leaves room for a slow machine.</summary>
    private static readonly TimeSpan NotifiedWithin = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task the_council_is_told_that_liability_started_for_a_notice_recorded_after_its_relevant_day()
    {
        var database = await SharedPostgres.CreateDatabaseAsync("process");
        await using var server = await ServerUnderTest.StartAsync(database, new Dictionary<string, string>
        {
            ["Discharge__Identity__SigningKey"] = TestTokens.SigningKey,
        });
        using var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Authorization = TestTokens.Bearer(Requests.Council);
        var episode = Guid.NewGuid();
        await AcceptedAsync(client, $"/episodes/{episode}/assessment-notice", Requests.AssessmentNotice("2004-01-12T10:15:00Z"));
        await AcceptedAsync(client, $"/episodes/{episode}/discharge-notice", Requests.DischargeNotice("2004-01-13T09:00:00Z", "2004-01-15"));

        var notification = await NotificationAsync(client, Requests.Council);

        notification.GetProperty("episodeId").GetGuid().Should().Be(episode);
        notification.GetProperty("council").GetString().Should().Be(Requests.Council);
        notification.GetProperty("nhsBody").GetString().Should().Be(Requests.NhsBody);
        notification.GetProperty("relevantDay").GetString().Should().Be("2004-01-15");
        notification.GetProperty("liableFrom").GetString().Should().Be("2004-01-16");
        (await LiabilityStartedEvents(database, episode)).Should().Equal("{\"council\": \"E06000015\", \"firstDay\": \"2004-01-16\", \"relevantDay\": \"2004-01-15\"}");
    }

    private static async Task AcceptedAsync(HttpClient client, string url, object body)
    {
        using var request = HospitalClient.Command(url, body);
        var response = await client.SendAsync(request);
        response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The council's only notification, once it has one.</summary>
    private static async Task<JsonElement> NotificationAsync(HttpClient client, string council)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var notifications = await client.GetFromJsonAsync<JsonElement>($"/councils/{council}/notifications");
            if (notifications.GetArrayLength() > 0 || waited.Elapsed > NotifiedWithin)
            {
                return notifications.EnumerateArray().Should().ContainSingle($"the check was due at once, and {waited.Elapsed} has passed").Subject;
            }

            await Task.Delay(250);
        }
    }

    private static async Task<List<string>> LiabilityStartedEvents(string connectionString, Guid episode)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select data::text from mt_events where stream_id = @episode and type = 'liability_started'", connection);
        command.Parameters.AddWithValue("episode", episode);
        var events = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            events.Add(reader.GetString(0));
        }

        return events;
    }
}
