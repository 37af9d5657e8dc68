namespace Discharge.Domain.Tests.Support;

/// <summary>Councils the tests use, with the band the shipped rate table gives them.</summary>
internal static class TestCouncils
{
    /// <summary>Derby, a lower-rate unitary council.</summary>
    public const string Derby = "E06000015";

    /// <summary>Leeds, a lower-rate metropolitan district.</summary>
    public const string Leeds = "E08000035";

    /// <summary>Camden, a London borough: higher rate.</summary>
    public const string Camden = "E09000007";

    /// <summary>Gateshead before its 2013 recoding (successor E08000037).</summary>
    public const string GatesheadBefore2013 = "E08000020";

    /// <summary>Cardiff: a Welsh council, outside the English scheme.</summary>
    public const string Cardiff = "W06000015";
}
