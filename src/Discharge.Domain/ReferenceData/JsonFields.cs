using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Discharge.Domain;

/// <summary>
/// Reads the fields of the reference-data, rule-set and calculator scenario files, failing with the file name and
/// the JSON path of the field at fault so that a file can be corrected without reading code.
/// </summary>
internal readonly struct JsonFields(string file, string path, JsonElement element)
{
    private static readonly LocalTimePattern HoursAndMinutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>The fields asked for so far, so that a misspelt optional field can be refused instead of ignored.</summary>
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public string Path => path;

    public static T Parse<T>(Stream json, string file, Func<JsonFields, T> read)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return read(new JsonFields(file, "$", document.RootElement).RequireObject());
        }
        catch (JsonException e)
        {
            throw new DataFileException($"{file}: invalid JSON: {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            // A table whose rows contradict each other (a code listed twice): still the file's fault.
            throw new DataFileException($"{file}: {e.Message}", e);
        }
    }

    public DataFileException Error(string field, string problem) => new($"{file}: {Join(field)}: {problem}");

    /// <summary>An error about this element itself, e.g. an item of an array.</summary>
    public DataFileException Error(string problem) => new($"{file}: {path}: {problem}");

    public string String(string field) => OptionalString(field) ?? throw Error(field, "missing");

    public string? OptionalString(string field) => Value(field) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value when value.GetString() is { Length: > 0 } text => text,
        { ValueKind: JsonValueKind.String } => throw Error(field, "must not be empty"),
        _ => throw Error(field, "must be a string"),
    };

    public Instant Instant(string field)
    {
        var text = String(field);
        var result = OffsetDateTimePattern.ExtendedIso.Parse(text);
        return result.Success
            ? result.Value.ToInstant()
            : throw Error(field, $"'{text}' is not an ISO-8601 instant with offset (e.g. 2004-01-12T10:15:00+00:00)");
    }

    public LocalDate Date(string field) => OptionalDate(field) ?? throw Error(field, "missing");

    public LocalDate? OptionalDate(string field)
    {
        var text = OptionalString(field);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw Error(field, $"'{text}' is not an ISO date (yyyy-MM-dd)");
    }

    public LocalTime? OptionalTime(string field)
    {
        var text = OptionalString(field);
        if (text is null)
        {
            return null;
        }

        var result = HoursAndMinutes.Parse(text);
        return result.Success ? result.Value : throw Error(field, $"'{text}' is not a time of day (HH:mm)");
    }

    public decimal Decimal(string field) => Value(field) switch
    {
        null => throw Error(field, "missing"),
        { ValueKind: JsonValueKind.Number } value when value.TryGetDecimal(out var number) => number,
        _ => throw Error(field, "must be a number"),
    };

    public int? OptionalInt(string field) => Value(field) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number) => number,
        _ => throw Error(field, "must be a whole number"),
    };

    public bool? OptionalBool(string field) => Value(field) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw Error(field, "must be true or false"),
    };

    public JsonFields? OptionalObject(string field) => Value(field) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Object } value => new JsonFields(file, Join(field), value),
        _ => throw Error(field, "must be an object"),
    };

    public List<T> Array<T>(string field, Func<JsonFields, T> read) =>
        OptionalArray(field, read) ?? throw Error(field, "missing");

    public List<T>? OptionalArray<T>(string field, Func<JsonFields, T> read)
    {
        var value = Value(field);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            throw Error(field, "must be an array");
        }

        var items = new List<T>(value.Value.GetArrayLength());
        var index = 0;
        foreach (var item in value.Value.EnumerateArray())
        {
            items.Add(read(new JsonFields(file, $"{Join(field)}[{index++}]", item)));
        }

        return items;
    }

    /// <summary>The element itself read as a string, for arrays of strings.</summary>
    public string AsString() => element.ValueKind == JsonValueKind.String
        ? element.GetString()!
        : throw Error("must be a string");

    public TEnum Enum<TEnum>(string field, IReadOnlyDictionary<string, TEnum> names)
        where TEnum : struct, System.Enum =>
        OptionalEnum(field, names) ?? throw Error(field, "missing");

    public TEnum? OptionalEnum<TEnum>(string field, IReadOnlyDictionary<string, TEnum> names)
        where TEnum : struct, System.Enum
    {
        var text = OptionalString(field);
        if (text is null)
        {
            return null;
        }

        return names.TryGetValue(text, out var value)
            ? value
            : throw Error(field, $"'{text}' is not one of: {string.Join(", ", names.Keys)}");
    }

    private JsonFields RequireObject() => element.ValueKind == JsonValueKind.Object
        ? this
        : throw Error("must be an object");

    /// <summary>Fails on the first field of this object that was never asked for.</summary>
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

    private JsonElement? Value(string field)
    {
        read.Add(field);
        return element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }

    private string Join(string field) => $"{path}.{field}";
}
