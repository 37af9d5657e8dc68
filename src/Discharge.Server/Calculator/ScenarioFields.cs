using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Server.Calculator;

/// <summary>
/// The fields of one JSON object of a scenario, read strictly: a missing or malformed field, or one the format
/// does not have, fails with its path (<c>events[2].proposedDischargeDate: missing</c>).
/// </summary>
internal sealed class ScenarioFields
{
    private readonly string path;
    private readonly JsonElement element;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public ScenarioFields(string path, JsonElement element)
    {
        this.path = path;
        this.element = element.ValueKind == JsonValueKind.Object ? element : throw new ScenarioException($"{Name(path)}: must be a JSON object");
    }

    public ScenarioException Error(string field, string problem) => new($"{Join(field)}: {problem}");

    public string String(string field) => OptionalString(field) ?? throw Error(field, "missing");

    public string? OptionalString(string field) => Value(field) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value when value.GetString() is { Length: > 0 } text => text,
        { ValueKind: JsonValueKind.String } => throw Error(field, "must not be empty"),
        _ => throw Error(field, "must be a string"),
    };

    public LocalDate Date(string field) => OptionalDate(field) ?? throw Error(field, "missing");

    public LocalDate? OptionalDate(string field)
    {
        var text = OptionalString(field);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw Error(field, $"'{text}' is not an ISO date (e.g. 2004-01-15)");
    }

    public Instant Instant(string field)
    {
        var text = String(field);
        var result = OffsetDateTimePattern.ExtendedIso.Parse(text);
        return result.Success
            ? result.Value.ToInstant()
            : throw Error(field, $"'{text}' is not an ISO-8601 instant with offset (e.g. 2004-01-12T10:15:00+00:00)");
    }

    public IReadOnlyList<ScenarioFields> Objects(string field)
    {
        var value = Value(field) ?? throw Error(field, "missing");
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(field, "must be an array");
        }

        var index = 0;
        return value.EnumerateArray().Select(item => new ScenarioFields($"{Join(field)}[{index++}]", item)).ToArray();
    }

    /// <summary>Fails on the first field that was never asked for: a misspelt optional field must not pass silently.</summary>
    public void RejectUnknownFields()
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!read.Contains(property.Name))
            {
                throw Error(property.Name, "not a field of this object");
            }
        }
    }

    private static string Name(string path) => path.Length == 0 ? "scenario" : path;

    private JsonElement? Value(string field)
    {
        read.Add(field);
        return element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }

    private string Join(string field) => path.Length == 0 ? field : $"{path}.{field}";
}
