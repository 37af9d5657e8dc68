using System.Globalization;
using Discharge.Server.Bulk;
using Discharge.Server.Tests.Support;
using NodaTime;
using Npgsql;

namespace Discharge.Server.Tests.Bulk;

/// <summary>
/// The rebuild writes the kept rows in PostgreSQL's binary form of each type (<see cref="BinaryRows"/>): what PostgreSQL
/// reads back is what the same values read as text give, the numeric's scale included.
/// </summary>
public sealed class when_writing_binary_copy_rows
{
    public static readonly TheoryData<decimal> Amounts = new() { 0m, 0.00m, 100m, 155m, 62.5m, 62.50m, 0.0001m, 10000m, 12345678.9m, 100000000.00001m, -3.25m, decimal.MaxValue };

    [Theory]
    [MemberData(nameof(Amounts))]
    public async Task a_numeric_reads_back_as_its_text_does(decimal amount)
    {
        var read = await CopiedAsync(rows => rows.Row(1).Numeric(amount), "amount numeric", "amount::text");

        read.Should().Equal(amount.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task every_field_of_a_kept_row_reads_back_as_written()
    {
        var id = Guid.NewGuid();
        var read = await CopiedAsync(
            rows => rows.Row(7).Uuid(id).Text("E09000007").Text("é\t\\"u8).Int(-7).Date(new LocalDate(1999, 12, 31)).Date(null).Days(new LocalDate(2020, 2, 28), new LocalDate(2020, 3, 1)),
            "id uuid, council varchar, status varchar, stretch int, day date, assessed date, days daterange",
            "id::text, council, status, stretch::text, day::text, assessed IS NULL, days::text");

        read.Should().Equal(id.ToString(), "E09000007", "é\t\\", "-7", "1999-12-31", true, "[2020-02-28,2020-03-02)");
    }

    /// <summary>Copies the rows <paramref name="write"/> makes into a table of <paramref name="columns"/>; answers <paramref name="select"/> of it.</summary>
    private static async Task<object[]> CopiedAsync(Action<BinaryRows> write, string columns, string select)
    {
        await using var connection = new NpgsqlConnection(await SharedPostgres.CreateDatabaseAsync("binary_rows"));
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE TABLE copied ({columns})", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        using var rows = new BinaryRows();
        write(rows);
        await BinaryRows.CopyAsync(connection, "COPY copied FROM STDIN (FORMAT BINARY)", [rows], CancellationToken.None);

        await using var query = new NpgsqlCommand($"SELECT {select} FROM copied", connection);
        await using var reader = await query.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue();
        var values = new object[reader.FieldCount];
        reader.GetValues(values);
        return values;
    }
}
