using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace Discharge.Domain.Statements;

/// <summary>A calendar month that a statement bills, written <c>YYYY-MM</c> (charges are raised monthly, rules.md §5.3).</summary>
[JsonConverter(typeof(BillingMonthJson))]
public readonly record struct BillingMonth(int Year, int Month) : IComparable<BillingMonth>
{
    public LocalDate FirstDay => new(Year, Month, 1);

    public LocalDate LastDay => FirstDay.PlusMonths(1).PlusDays(-1);

    public bool Contains(LocalDate day) => day.Year == Year && day.Month == Month;

    public static BillingMonth Of(LocalDate day) => new(day.Year, day.Month);

    /// <summary>The month <c>YYYY-MM</c>, or null when the text is not one (years 1900 to 2199, as the service's dates).</summary>
    public static BillingMonth? Parse(string? text) =>
        text is { Length: 7 } && text[4] == '-'
        && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
        && year is >= 1900 and <= 2199 && month is >= 1 and <= 12
            ? new BillingMonth(year, month)
            : null;

    public int CompareTo(BillingMonth other) => (Year, Month).CompareTo((other.Year, other.Month));

    public static bool operator <(BillingMonth left, BillingMonth right) => left.CompareTo(right) < 0;

    public static bool operator <=(BillingMonth left, BillingMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >(BillingMonth left, BillingMonth right) => left.CompareTo(right) > 0;

    public static bool operator >=(BillingMonth left, BillingMonth right) => left.CompareTo(right) >= 0;

    public override string ToString() => $"{Year:D4}-{Month:D2}";

    private sealed class BillingMonthJson : JsonConverter<BillingMonth>
    {
        // Without a message of its own, the exception carries the JSON path of the field at fault, so that the API can
        // name the field and say what it expects.
        public override BillingMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            (reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : null) ?? throw new JsonException();

        public override void Write(Utf8JsonWriter writer, BillingMonth value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
