using NodaTime;

namespace Discharge.Domain.Episodes.Contents;

/// <summary>
/// What an assessment notice said (2003 Regs reg 4(3); 2014 Regs reg 3; rules.md §1.2), kept with the event so
/// an auditor can see the notice as it was given. The rules engine needs only when it was delivered.
/// </summary>
public sealed record AssessmentNoticeContents(
    PatientDetails Patient,
    string Hospital,
    LocalDate? ExpectedAdmission,
    LocalDate? LikelyDischargeDate,
    bool PatientConsulted,
    bool? CarerConsulted,
    string ContinuingHealthCareOutcome,
    bool PatientOrCarerObjected,
    LiaisonPerson Liaison);

/// <summary>The patient as named in a notice; the NHS number is required from the 2014 regime on.</summary>
public sealed record PatientDetails(string Name, string? NhsNumber);

/// <summary>The hospital's liaison person: a name (2003), plus a phone number or e-mail address (2014 reg 3(2)).</summary>
public sealed record LiaisonPerson(string Name, string? Phone, string? Email);
