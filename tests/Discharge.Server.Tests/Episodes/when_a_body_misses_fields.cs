using System.Net;
using Discharge.Server.Tests.Support;

namespace Discharge.Server.Tests.Episodes;

/// <summary>A refused notice lists every field at fault in one answer, nested ones included, so that one correction is enough.</summary>
public sealed class when_a_body_misses_fields(DischargeServer server) : IClassFixture<DischargeServer>
{
    private readonly HospitalClient hospital = new(server);

    [Fact]
    public async Task an_assessment_notice_missing_everything_names_every_field_at_once()
    {
        var problem = await hospital.RefusedFirstNoticeAsync(new { }, HttpStatusCode.BadRequest, "/problems/validation");

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo(
            "nhsBody", "council", "patient.name", "hospital", "continuingHealthCareOutcome", "patientOrCarerObjected", "liaison.name",
            "describesItselfAsNotice", "patientConsulted");
    }

    [Fact]
    public async Task a_care_act_assessment_notice_missing_everything_else_names_the_care_act_contents_too()
    {
        var problem = await hospital.RefusedFirstNoticeAsync(new { deliveredAt = "2016-01-11T10:00:00Z" }, HttpStatusCode.BadRequest, "/problems/validation");

        var errors = problem.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo(
            "nhsBody", "council", "patient.name", "patient.nhsNumber", "hospital", "continuingHealthCareOutcome", "patientOrCarerObjected",
            "liaison.name", "liaison", "describesItselfAsNotice", "patientConsulted");
        errors.GetProperty("patient.nhsNumber")[0].GetString().Should().Be("Required under the 2014 regime (reg 3(1)).");
        errors.GetProperty("describesItselfAsNotice")[0].GetString().Should().Be("The notice must describe itself as an assessment notice (para 1(3)(a)).");
    }

    [Fact]
    public async Task a_discharge_notice_missing_everything_names_every_field_at_once()
    {
        var episode = await hospital.OpenEpisodeAsync();
        var problem = await (await hospital.PostAsync($"/episodes/{episode}/discharge-notice", new { deliveredAt = "2004-01-13T09:00:00Z" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "/problems/validation");

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo(
            "proposedDischargeDate", "liaison.name", "describesItselfAsNotice", "patientAndCarerInformed");
        (await server.EventCount(episode)).Should().Be(1);
    }

    [Fact]
    public async Task a_notice_with_its_required_fields_but_not_its_contents_still_cites_the_regulations()
    {
        var notice = Requests.AssessmentNotice("2004-01-12T10:15:00Z");
        notice.Remove("hospital");

        var problem = await hospital.RefusedFirstNoticeAsync(notice, HttpStatusCode.UnprocessableEntity, "/problems/statutory-contents-missing");

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("hospital");
    }
}
