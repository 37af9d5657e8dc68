namespace Discharge.Domain;

/// <summary>The versions of the reference tables behind a figure.</summary>
public sealed record ReferenceDataVersions(string Calendar, string Councils, string RateBands);
