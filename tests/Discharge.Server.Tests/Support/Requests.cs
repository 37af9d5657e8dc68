namespace Discharge.Server.Tests.Support;

/// <summary>Valid request bodies with every statutory content, for tests to vary one field at a time.</summary>
public static class Requests
{
    public const string NhsBody = "RTG";
    public const string Council = "E06000015";

    public static Dictionary<string, object?> AssessmentNotice(string deliveredAt, string council = Council) => new()
    {
        ["nhsBody"] = NhsBody,
        ["council"] = council,
        ["deliveredAt"] = deliveredAt,
        ["patient"] = new Dictionary<string, object?> { ["name"] = "Ada Lovelace", ["nhsNumber"] = "943 476 5919" },
        ["hospital"] = "Royal Derby Hospital",
        ["describesItselfAsNotice"] = true,
        ["patientConsulted"] = true,
        ["carerConsulted"] = true,
        ["continuingHealthCareOutcome"] = "Considered: not eligible",
        ["patientOrCarerObjected"] = false,
        ["liaison"] = new Dictionary<string, object?> { ["name"] = "Sam Jones", ["phone"] = "01332 340131", ["email"] = null },
    };

    public static Dictionary<string, object?> DischargeNotice(string deliveredAt, string proposedDischargeDate) => new()
    {
        ["deliveredAt"] = deliveredAt,
        ["proposedDischargeDate"] = proposedDischargeDate,
        ["describesItselfAsNotice"] = true,
        ["patientAndCarerInformed"] = true,
        ["nhsServicesAfterDischarge"] = "District nursing twice a week",
        ["liaison"] = new Dictionary<string, object?> { ["name"] = "Sam Jones", ["phone"] = "01332 340131" },
    };

    /// <summary>Every command route of an episode (POST /episodes/{id}/{route}).</summary>
    public static readonly string[] CommandRoutes =
    [
        "assessment-notice", "discharge-notice", "withdrawal", "discharged", "self-discharged", "died", "nhs-service-awaited",
        "nhs-service-available", "care-setting", "payment-requirement", "acknowledgements", "assessment-completed", "services-in-place",
        "responsibility-transfer",
    ];
}
