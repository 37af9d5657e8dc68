namespace Discharge.Server.Tests.Support;

/// <summary>Each command route with its sender, a body it accepts on a Care Act episode, and what it needs recorded first.</summary>
public sealed record CommandCase(string Path, string Sender, object Body, params (string Path, object Body)[] Before)
{
    public const string OtherNhsBody = "RJF";
    public const string OtherCouncil = "E09000007";

    public static readonly IReadOnlyDictionary<string, CommandCase> All = new CommandCase[]
    {
        new("assessment-notice", Requests.NhsBody, Requests.AssessmentNotice("2016-01-12T11:00:00Z")),
        new("discharge-notice", Requests.NhsBody, Requests.DischargeNotice("2016-01-13T09:00:00Z", "2016-01-15")),
        new("withdrawal", Requests.NhsBody, new { notice = "assessment", reasonCode = "12" }),
        new("discharged", Requests.NhsBody, new { on = "2016-01-14" }),
        new("self-discharged", Requests.NhsBody, new { on = "2016-01-14" }),
        new("died", Requests.NhsBody, new { on = "2016-01-14" }),
        new("nhs-service-awaited", Requests.NhsBody, new { from = "2016-01-14" }),
        new("nhs-service-available", Requests.NhsBody, new { on = "2016-01-15" }, ("nhs-service-awaited", new { from = "2016-01-14" })),
        new("care-setting", Requests.NhsBody, new { on = "2016-01-14", setting = "rehabilitation" }),
        new("payment-requirement", Requests.NhsBody, new { deliveredAt = "2016-01-20T09:00:00Z" }),
        new("acknowledgements", Requests.Council, new { notice = "assessment", response = "accept" }),
        new("assessment-completed", Requests.Council, new { on = "2016-01-14", patientHasNeeds = true, needsEligible = false }),
        new("services-in-place", Requests.Council, new { on = "2016-01-14" }),
        new("responsibility-transfer", Requests.Council, new { on = "2016-01-14", toCouncil = OtherCouncil }),
    }.ToDictionary(r => r.Path);

    /// <summary>An assessment notice opens an episode (201); every other command records on one (200).</summary>
    public bool OpensEpisode => Path == "assessment-notice";

    /// <summary>
    /// The episode the command goes to, with what it needs recorded first: an assessment notice opens an episode of
    /// its own; every other command goes to one the NHS body opened.
    /// </summary>
    public async Task<Guid> PrepareAsync(HospitalClient hospital)
    {
        var episode = OpensEpisode ? Guid.NewGuid() : await hospital.OpenEpisodeAsync("2016-01-12T10:15:00Z");
        foreach (var (before, body) in Before)
        {
            await hospital.As(Sender).AcceptedAsync($"/episodes/{episode}/{before}", body);
        }

        return episode;
    }
}
