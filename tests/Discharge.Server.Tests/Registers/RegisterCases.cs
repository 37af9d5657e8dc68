namespace Discharge.Server.Tests.Registers;

/// <summary>
/// The register cases the API and the calculator must treat alike (README, "Registers"): each with the NHS body, the
/// council, when the assessment notice opening the episode is delivered, and the reason both give for refusing it.
/// </summary>
public static class RegisterCases
{
    public const string DorsetCounty = "E10000009";
    public const string Bournemouth = "E06000028";
    public const string BournemouthChristchurchAndPoole = "E06000058";

    public static TheoryData<string, string, string, string, string> RefusedOpeningNotices => new()
    {
        { "RZZ", "E06000015", "2016-01-11T10:00:00Z", "unknown-nhs-body", "'RZZ' is not in the NHS body register (version 2026.1): only NHS trusts and foundation trusts in England are, by ODS organisation code." },
        { "RQF", "E06000015", "2016-01-11T10:00:00Z", "unknown-nhs-body", "'RQF' is not in the NHS body register (version 2026.1): only NHS trusts and foundation trusts in England are, by ODS organisation code." },
        { "RJF", "E06000015", "2019-01-14T10:00:00Z", "unknown-nhs-body", "RJF (BURTON HOSPITALS NHS FOUNDATION TRUST) was not in existence on 2019-01-14: its code was in use from 1993-04-01 to 2018-06-30." },
        { "RTG", BournemouthChristchurchAndPoole, "2018-06-04T10:00:00Z", "unknown-council", "E06000058 (Bournemouth, Christchurch and Poole) was not in existence on 2018-06-04: its code was in use from 2019-04-01 onwards." },
        { "RTG", DorsetCounty, "2019-04-08T10:00:00Z", "unknown-council", "E10000009 (Dorset) was not in existence on 2019-04-08: its code was in use until 2019-03-31." },
        { "RTG", "W06000015", "2016-01-11T10:00:00Z", "unknown-council", "'W06000015' is not in the council register (version 2026.1): only English councils with social services responsibilities are, by ONS/GSS code." },
    };

    /// <summary>A transfer on 10 Jun 2018 to a council created on 1 Apr 2019.</summary>
    public const string TransferToBcpReason =
        "E06000058 (Bournemouth, Christchurch and Poole) was not in existence on 2018-06-10: its code was in use from 2019-04-01 onwards.";

    /// <summary>A discharge notice from Burton Hospitals (RJF) after it merged into RTG on 1 Jul 2018.</summary>
    public const string ClosedNhsBodyReason =
        "RJF (BURTON HOSPITALS NHS FOUNDATION TRUST) was not in existence on 2018-07-02: its code was in use from 1993-04-01 to 2018-06-30.";

    /// <summary>
    /// Dorset County Council's days (date, status, rule, confidence) for a relevant day of 28 Mar 2019 and a discharge
    /// on 3 Apr: the council was abolished on 1 Apr 2019.
    /// </summary>
    public static readonly string[] DaysAfterDorsetWasAbolished =
    [
        "2019-03-29 potential potential-2014 engine-decision",
        "2019-03-30 potential potential-2014 engine-decision",
        "2019-03-31 potential potential-2014 engine-decision",
        "2019-04-01 party-not-in-existence council-not-in-existence engine-decision",
        "2019-04-02 party-not-in-existence council-not-in-existence engine-decision",
        "2019-04-03 party-not-in-existence council-not-in-existence engine-decision",
    ];
}
