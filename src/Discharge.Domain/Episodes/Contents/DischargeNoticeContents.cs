namespace Discharge.Domain.Episodes.Contents;

/// <summary>
/// What a discharge notice said besides its proposed date (2003 Regs reg 5(3); 2014 Sch 3 para 2(3); rules.md §1.3):
/// that the patient and carer were told the date, and the NHS services the patient will get after discharge.
/// </summary>
public sealed record DischargeNoticeContents(
    LiaisonPerson Liaison,
    bool PatientAndCarerInformed,
    string? NhsServicesAfterDischarge);
