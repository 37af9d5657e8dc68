namespace Discharge.Domain.Episodes.Decisions;

/// <summary>The patient as a notice names them.</summary>
public sealed record PatientPart(string? Name, string? NhsNumber);

/// <summary>The hospital's liaison person: name, and (from the 2014 regime) a phone number or e-mail address.</summary>
public sealed record LiaisonPart(string? Name, string? Phone, string? Email);

/// <summary>Where the patient is ordinarily resident: the scheme covers England (and Wales under the 2003 Act).</summary>
public enum Residence
{
    England,
    Wales,
    Elsewhere,
}
