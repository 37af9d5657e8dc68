using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Discharge.Server.Hosting;
using Discharge.Domain.Statements;
using NodaTime;

namespace Discharge.Server.Problems;

/// <summary>The type of the field a JSON path names in a command, and what a client must send for it, in JSON terms.</summary>
internal static partial class JsonFieldTypes
{
    /// <summary>The declared type at <paramref name="path"/> (e.g. <c>$.patient.name</c>) of <paramref name="root"/>; null when no field has it.</summary>
    public static Type? Find(JsonSerializerOptions options, Type root, string path)
    {
        var steps = FieldPath().Match(path);
        if (!steps.Success)
        {
            return null;
        }

        var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var type = root;
        foreach (Capture step in steps.Groups["step"].Captures)
        {
            var name = step.Value.Split('[')[0];
            var property = options.GetTypeInfo(Unwrapped(type)).Properties.FirstOrDefault(p => string.Equals(p.Name, name, comparison));
            if (property is null)
            {
                return null;
            }

            // An index names one element of a list: what it must hold is the element's type.
            type = step.Value.Contains('[') ? ElementOf(property.PropertyType) : property.PropertyType;
        }

        return type;
    }

    public static string Expected(Type declared, JsonSerializerOptions options)
    {
        var type = Unwrapped(declared);
        return type == typeof(string) ? "a string"
            : type == typeof(bool) ? "true or false"
            : type == typeof(LocalDate) ? DateBounds.DateExpected
            : type == typeof(Instant) ? DateBounds.InstantExpected
            : type == typeof(BillingMonth) ? "a month as YYYY-MM (years 1900 to 2199)"
            : type.IsEnum ? "one of " + string.Join(", ", type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => $"'{EnumName(f)}'"))
            : type.IsPrimitive || type == typeof(decimal) ? "a number"
            : options.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object } info ? $"a JSON object with the fields {string.Join(", ", info.Properties.Select(p => p.Name))}"
            : "a value of the type /openapi/v1.json gives";
    }

    private static string EnumName(FieldInfo value) =>
        value.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? DischargeJson.EnumNaming.ConvertName(value.Name);

    private static Type Unwrapped(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static Type ElementOf(Type list) =>
        list.IsArray ? list.GetElementType()! : list.GetInterfaces().Append(list)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0] ?? list;

    /// <summary>A path of field names, each maybe indexed into an array (<c>$.days[2]</c>).</summary>
    [GeneratedRegex(@"^\$(?:\.(?<step>[A-Za-z0-9_]+(?:\[\d+\])?))*$")]
    private static partial Regex FieldPath();
}
