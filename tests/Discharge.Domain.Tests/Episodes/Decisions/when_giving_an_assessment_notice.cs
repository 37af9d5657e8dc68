using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Contents;
using Discharge.Domain.Episodes.Decisions;
using static Discharge.Domain.Tests.Support.DecisionSpec;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;
using static Discharge.Domain.Tests.Support.Recorded;

namespace Discharge.Domain.Tests.Episodes.Decisions;

/// <summary>
/// The NHS body opens an episode with an assessment notice (2003 s.2; Sch 3 para 1), or renews one whose notice was
/// withdrawn or lapsed: for a qualifying patient, with the contents its regime requires.
/// </summary>
public sealed class when_giving_an_assessment_notice
{
    private static readonly AssessmentNoticeContents Contents = new(
        new PatientDetails("Ada Lovelace", "9434765919"),
        "Royal Derby Hospital",
        ExpectedAdmission: null,
        LikelyDischargeDate: null,
        PatientConsulted: true,
        CarerConsulted: true,
        "Considered: not eligible",
        PatientOrCarerObjected: false,
        new LiaisonPerson("Sam Jones", "01332 340131", null));

    private static GiveAssessmentNotice Notice(string ukTime, string council = Council, string nhsBody = NhsBody) => new(
        nhsBody, council, UkTime(ukTime), new PatientPart("Ada Lovelace", "943 476 5919"), "Royal Derby Hospital",
        ExpectedAdmission: null, LikelyDischargeDate: null, DescribesItselfAsNotice: true, PatientConsulted: true, CarerConsulted: true,
        "Considered: not eligible", PatientOrCarerObjected: false, new LiaisonPart("Sam Jones", "01332 340131", null), CareSetting: null, OrdinarilyResident: null);

    [Fact]
    public void the_first_notice_opens_the_episode_with_what_it_said() =>
        Given().When(Notice("2021-06-01 10:00").Decide).Then(new AssessmentNoticeGiven(UkTime("2021-06-01 10:00"), NhsBody, Council, Contents));

    [Fact]
    public void a_notice_without_a_delivery_time_is_delivered_now() =>
        Given().At("2021-06-01 15:00").When((Notice("2021-06-01 10:00") with { DeliveredAt = null }).Decide)
            .Then(new AssessmentNoticeGiven(UkTime("2021-06-01 15:00"), NhsBody, Council, Contents));

    [Fact]
    public void a_notice_renews_the_episode_after_a_withdrawal() =>
        Given(AssessmentNotice, new AssessmentNoticeWithdrawn(UkTime("2021-06-02 09:00"))).When(Notice("2021-06-03 10:00").Decide)
            .Then(new AssessmentNoticeGiven(UkTime("2021-06-03 10:00"), NhsBody, Council, Contents));

    [Fact]
    public void a_second_notice_while_one_is_in_force_is_refused() =>
        Given(AssessmentNotice).When(Notice("2021-06-03 10:00").Decide).ThenRefused(RefusalKind.OutOfSequence, "assessment-notice-in-force")
            .Detail.Should().Be("Withdraw it first (reg 4(4) / 2014 reg 4) if a new one is needed.");

    [Fact]
    public void a_care_act_notice_replaces_a_lapsed_2003_notice_without_a_withdrawal() =>
        Given(AssessmentNoticeAt("2015-03-20 10:00")).When(Notice("2015-04-01 10:00").Decide)
            .Then(new AssessmentNoticeGiven(UkTime("2015-04-01 10:00"), NhsBody, Council, Contents));

    [Fact]
    public void a_renewal_is_between_the_same_parties() =>
        Given(AssessmentNotice, new AssessmentNoticeWithdrawn(UkTime("2021-06-02 09:00"))).When(Notice("2021-06-03 10:00", TestCouncils.Leeds).Decide)
            .ThenRefused(RefusalKind.OutOfSequence, "episode-parties-differ")
            .Detail.Should().Be("This episode is between RTG and E06000015. A change of responsible council is recorded as a responsibility transfer.");

    [Fact]
    public void no_notice_renews_an_episode_the_patient_left() =>
        Given(AssessmentNotice, new PatientDied(Date("2021-06-02"))).When(Notice("2021-06-03 10:00").Decide).ThenRefused(RefusalKind.OutOfSequence, "episode-closed");

    [Fact]
    public void a_notice_before_the_scheme_began_is_refused() =>
        Given().When(Notice("2003-09-30 10:00").Decide).ThenRefused(RefusalKind.RuleBroken, "before-the-scheme")
            .Detail.Should().Be("The assessment notice counts as given on 2003-09-30; notices could be given only from 2003-10-01 (SI 2003/2280 art 2(2)).");

    [Fact]
    public void a_notice_after_the_scheme_ended_is_refused() =>
        Given().When(Notice("2022-07-01 10:00").Decide).ThenRefused(RefusalKind.RuleBroken, "outside-any-regime");

    [Fact]
    public void a_notice_to_a_welsh_council_is_refused() =>
        Given().When(Notice("2021-06-01 10:00", TestCouncils.Cardiff).Decide).ThenRefused(RefusalKind.RuleBroken, "unknown-council");

    [Fact]
    public void a_notice_from_an_nhs_body_outside_the_register_is_refused() =>
        Given().By("ZZZ").When(Notice("2021-06-01 10:00", nhsBody: "ZZZ").Decide).ThenRefused(RefusalKind.RuleBroken, "unknown-nhs-body");

    [Fact]
    public void only_the_nhs_body_it_names_gives_it() =>
        Given().By("RJF").When(Notice("2021-06-01 10:00").Decide).ThenRefused(RefusalKind.NotAParty, "not-a-party")
            .Detail.Should().Be("Only the NHS body of this episode (RTG) may; the request came from RJF.");

    [Fact]
    public void a_patient_in_rehabilitation_is_not_a_qualifying_patient() =>
        Given().When((Notice("2021-06-01 10:00") with { CareSetting = CareSetting.Rehabilitation }).Decide)
            .ThenRefused(RefusalKind.RuleBroken, "not-a-qualifying-patient")
            .Detail.Should().Be("No notice is recorded: Rehabilitation care is not acute care (2003 reg 3; Sch 3 para 7(6)-(7)).");

    [Fact]
    public void a_self_funded_patient_qualifies_under_the_2003_act_only() =>
        Given().When((Notice("2021-06-01 10:00") with { CareSetting = CareSetting.SelfFunded }).Decide)
            .ThenRefused(RefusalKind.RuleBroken, "not-a-qualifying-patient")
            .Detail.Should().Be("No notice is recorded: the patient has undertaken to pay for their care (Sch 3 para 7(7)).");

    [Fact]
    public void a_care_act_notice_without_the_nhs_number_and_liaison_contact_lacks_statutory_contents()
    {
        var notice = Notice("2021-06-01 10:00") with { Patient = new PatientPart("Ada Lovelace", null), Liaison = new LiaisonPart("Sam Jones", null, null) };

        var refusal = Given().When(notice.Decide).ThenRefused(RefusalKind.RuleBroken, "statutory-contents-missing");

        refusal.Title.Should().Be("The assessment notice lacks contents required by the 2014 Regulations, reg 3 and Sch 3 para 1.");
        refusal.Fields.Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["patient.nhsNumber"] = ["Required under the 2014 regime (reg 3(1))."],
            ["liaison"] = ["A phone number or e-mail address for the liaison person is required under the 2014 regime (reg 3(2))."],
        });
    }

    [Fact]
    public void a_2003_notice_needs_no_nhs_number() =>
        Given().When((Notice("2004-01-12 10:00") with { Patient = new PatientPart("Ada Lovelace", null) }).Decide)
            .Then(new AssessmentNoticeGiven(UkTime("2004-01-12 10:00"), NhsBody, Council, Contents with { Patient = new PatientDetails("Ada Lovelace", null) }));

    [Fact]
    public void a_notice_more_than_seven_days_before_the_expected_admission_is_refused() =>
        Given().When((Notice("2021-06-01 10:00") with { ExpectedAdmission = Date("2021-06-09") }).Decide)
            .ThenRefused(RefusalKind.RuleBroken, "assessment-notice-too-early")
            .Detail.Should().Be("It counts as given on 2021-06-01, more than 7 days before the expected admission on 2021-06-09 (2003 notes 13; Sch 3 para 1(3)(b)).");

    [Theory]
    [InlineData(TestCouncils.Cardiff)]
    [InlineData("E06000060")]
    public void a_notice_to_a_council_outside_england_or_not_in_existence_that_day_is_refused(string council) =>
        Given().When(Notice("2004-01-12 10:15", council).Decide).ThenRefused(RefusalKind.RuleBroken, "unknown-council");

    [Theory]
    [InlineData("NOT-A-BODY", "2004-01-12 10:15")]
    [InlineData("RZZ", "2004-01-12 10:15")]
    [InlineData("R0A", "2004-01-12 10:15")]
    [InlineData("RJF", "2019-01-14 10:15")]
    public void a_notice_from_an_nhs_body_outside_the_register_or_not_in_existence_that_day_is_refused(string nhsBody, string ukTime) =>
        Given().By(nhsBody).When(Notice(ukTime, nhsBody: nhsBody).Decide).ThenRefused(RefusalKind.RuleBroken, "unknown-nhs-body");

    [Theory]
    [InlineData("943 476 5918")]
    [InlineData("12345")]
    [InlineData("ABCDEFGHIJ")]
    public void an_nhs_number_failing_the_modulus_11_check_is_missing_content(string nhsNumber) =>
        Given().When((Notice("2016-01-12 10:15") with { Patient = new PatientPart("Ada Lovelace", nhsNumber) }).Decide)
            .ThenRefused(RefusalKind.RuleBroken, "statutory-contents-missing")
            .Fields.Should().BeEquivalentTo(new Dictionary<string, string[]> { ["patient.nhsNumber"] = ["Not a valid NHS number: ten digits with a modulus 11 check digit."] });
}
