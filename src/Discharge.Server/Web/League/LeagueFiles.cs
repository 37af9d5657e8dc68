using System.Text.Json;
using Discharge.Domain;

namespace Discharge.Server.Web.League;

/// <summary>The league table's reference files, read from the folder that replaces built-in tables (<c>Discharge:ReferenceData</c>).</summary>
internal static class LeagueFiles
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    public static Stream? Open(string? folder, string file) =>
        folder is not null && Path.Combine(folder, file) is var path && File.Exists(path) ? File.OpenRead(path) : null;

    /// <summary>The file's table; a file that is not one is refused naming the file.</summary>
    public static T Read<T>(Stream json, string file)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Json) ?? throw new DataFileException($"{file}: the file holds no table");
        }
        catch (JsonException e)
        {
            throw new DataFileException($"{file}: {e.Message}", e);
        }
    }
}

/// <summary>The star bands and, when supplied, the adult population: read once at start-up.</summary>
public sealed record LeagueReference(StarBands StarBands, AdultPopulation? Population)
{
    public static LeagueReference Load(string? folder) => new(StarBands.Load(folder), AdultPopulation.Load(folder));
}
