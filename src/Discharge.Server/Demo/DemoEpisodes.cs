namespace Discharge.Server.Demo;

/// <summary>One request of the demo: who sends it (an organisation and its role), where, and what.</summary>
internal sealed record DemoStep(string Organisation, string Role, string Path, object Body, string IdempotencyKey);

/// <summary>
/// A handful of episodes in the winter of 2010 (the 2003 Act: days charge without a payment requirement), across four
/// councils and five NHS bodies, made to show the pages something of each kind: a basic delay, an assessment
/// completed mid-delay, an NHS service awaited, the council's services in place, a long stay, and one statement with
/// a part payment. Ids and keys are fixed, so a second run on the same database records nothing new.
/// NHS numbers are from the 999 range, which the NHS keeps for testing.
/// </summary>
internal static class DemoEpisodes
{
    private const string Hospital = "hospital";
    private const string Council = "council";

    public static IEnumerable<DemoStep> Steps()
    {
        var ada = Episode(1);
        var bert = Episode(2);
        var cara = Episode(3);
        var dev = Episode(4);
        var edie = Episode(5);
        var finn = Episode(6);
        return
        [
            .. Opened(ada, "RTG", "E06000015", "Royal Derby Hospital", "Ada Marsh", "999 000 0018", "2010-01-11T10:00:00Z", "2010-01-12T09:00:00Z", "2010-01-14"),
            Step("E06000015", Council, ada, "acknowledgements", new { notice = "assessment", response = "accept" }),
            Step("RTG", Hospital, ada, "discharged", new { on = "2010-01-22" }),

            .. Opened(bert, "RTG", "E06000015", "Royal Derby Hospital", "Bert Okafor", "999 000 0026", "2010-02-01T11:30:00Z", "2010-02-02T09:00:00Z", "2010-02-04"),
            Step("E06000015", Council, bert, "assessment-completed", new { on = "2010-02-08", patientHasNeeds = true, needsEligible = true, plan = "Residential care" }),
            Step("RTG", Hospital, bert, "discharged", new { on = "2010-02-19" }),

            .. Opened(cara, "RFS", "E06000015", "Chesterfield Royal Hospital", "Cara Lindqvist", "999 000 0034", "2010-03-01T09:15:00Z", "2010-03-02T09:00:00Z", "2010-03-04"),
            Step("RFS", Hospital, cara, "nhs-service-awaited", new { from = "2010-03-08", until = "2010-03-10" }),
            Step("RFS", Hospital, cara, "discharged", new { on = "2010-03-16" }),

            .. Opened(dev, "RAL", "E09000007", "Royal Free Hospital", "Dev Sharma", "999 000 0042", "2010-01-18T10:00:00Z", "2010-01-19T09:00:00Z", "2010-01-21"),
            Step("RAL", Hospital, dev, "discharged", new { on = "2010-01-25" }),

            .. Opened(edie, "RR8", "E08000035", "Leeds General Infirmary", "Edie Walsh", "999 000 0050", "2010-02-15T10:00:00Z", "2010-02-16T09:00:00Z", "2010-02-18"),
            Step("RR8", Hospital, edie, "discharged", new { on = "2010-03-12" }),

            .. Opened(finn, "REF", "E06000052", "Royal Cornwall Hospital", "Finn Trelawny", "999 000 0069", "2010-03-08T10:00:00Z", "2010-03-09T09:00:00Z", "2010-03-11"),
            Step("E06000052", Council, finn, "services-in-place", new { on = "2010-03-15" }),
            Step("REF", Hospital, finn, "discharged", new { on = "2010-03-19" }),
        ];
    }

    /// <summary>The statement RTG issues Derby for January 2010 (once the reports have taken in the episodes), and Derby's part payment.</summary>
    public static DemoStep Statement => new("RTG", Hospital, "/nhs-bodies/RTG/statements", new { council = "E06000015", month = "2010-01" }, "demo-statement-2010-01");

    public static DemoStep Payment(Guid statement) =>
        new("E06000015", Council, $"/statements/{statement}/payments", new { amount = 200m, reference = "BACS 2010-0042" }, "demo-payment-2010-01");

    private static Guid Episode(int number) => new($"00000000-0000-4000-8000-{number:D12}");

    private static DemoStep Step(string organisation, string role, Guid episode, string command, object body) =>
        new(organisation, role, $"/episodes/{episode}/{command}", body, $"demo-{episode:N}-{command}");

    private static DemoStep[] Opened(
        Guid episode, string nhsBody, string council, string hospital, string patient, string nhsNumber, string assessedAt, string noticeAt, string proposed) =>
    [
        Step(nhsBody, Hospital, episode, "assessment-notice", new
        {
            nhsBody, council, deliveredAt = assessedAt, patient = new { name = patient, nhsNumber }, hospital, describesItselfAsNotice = true,
            patientConsulted = true, carerConsulted = true, continuingHealthCareOutcome = "Considered: not eligible", patientOrCarerObjected = false,
            liaison = new { name = "Discharge team", phone = "0300 000 0000" },
        }),
        Step(nhsBody, Hospital, episode, "discharge-notice", new
        {
            deliveredAt = noticeAt, proposedDischargeDate = proposed, describesItselfAsNotice = true, patientAndCarerInformed = true,
            nhsServicesAfterDischarge = "District nursing twice a week", liaison = new { name = "Discharge team", phone = "0300 000 0000" },
        }),
    ];
}
