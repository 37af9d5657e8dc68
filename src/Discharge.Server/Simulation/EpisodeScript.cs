using Discharge.Domain.Councils;
using Discharge.Domain.Episodes;
using Discharge.Domain.Episodes.Decisions;
using Discharge.Domain.NhsBodies;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Server.Simulation;

/// <summary>
/// The course of one simulated episode, in plausible proportions (rules.md §7: about 2,000 notices a day and 5,000
/// patients delayed at any time; here three episodes in ten are delayed, eight days on average, some 4,000): the notices and
/// their acknowledgements, the council's assessment, withdrawals, waits for NHS services, changes of care setting,
/// transfers of responsibility, services in place, the departure (discharge, death, self-discharge) and, under the Care
/// Act, the payment requirement. Every command goes through the domain's decision (<see cref="EpisodeRecorder"/>).
/// </summary>
internal sealed class EpisodeScript(EpisodeRecorder episode, Random random, DischargeRules rules, NhsBody body, Council council, PartiesOfDay parties)
{
    private const string Hospital = "discharge.team";
    private const string DutyDesk = "duty.desk";
    private static readonly LiaisonPart Liaison = new("Discharge Liaison", "0300 123 4567", null);
    private static readonly string[] FirstNames = ["Ada", "Alan", "Grace", "Mary", "John", "Edith", "Arthur", "Florence", "George", "Margaret", "Harold", "Joan"];
    private static readonly string[] LastNames = ["Lovelace", "Turing", "Hopper", "Seacole", "Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walker", "Wright"];

    private string responsible = council.Code;

    public void Run(Instant noticeAt)
    {
        if (!episode.Send(body.Code, Hospital, noticeAt, AssessmentNotice(noticeAt).Decide))
        {
            return;
        }

        Acknowledge(NoticeKind.Assessment, noticeAt.Plus(Hours(2, 30)));
        if (Chance(0.04))
        {
            // Withdrawn before any discharge notice (the patient's condition changed); the patient leaves later, undelayed.
            var withdrawn = noticeAt.Plus(Hours(24, 72));
            episode.Send(body.Code, Hospital, withdrawn, new WithdrawNotice(Withdrawal.Assessment, "07", null, withdrawn).Decide);
            Depart(DepartureKind.Discharged, Day(withdrawn).PlusDays(random.Next(1, 6)));
            return;
        }

        var noticeDay = Day(noticeAt);
        var dischargeNoticeAt = At(noticeDay.PlusDays(random.Next(0, 3)), 9, 13);
        if (!GiveDischargeNotice(dischargeNoticeAt) || episode.RelevantDay is not { } relevantDay)
        {
            return;
        }

        Acknowledge(NoticeKind.Discharge, dischargeNoticeAt.Plus(Hours(1, 6)));

        Send(responsible, DutyDesk, At(relevantDay, 11, 15), (e, c) => new CompleteAssessment(Day(c.Now), true, Chance(0.5), true, "Home care package").Decide(e, c));
        if (!Chance(0.3))
        {
            Depart(Departure(0.02, 0.01), relevantDay.PlusDays(random.Next(0, 2)));
            return;
        }

        Delay(relevantDay);
    }

    /// <summary>A delayed discharge: what may happen while the patient waits, then the departure, and under the Care Act the demand.</summary>
    private void Delay(LocalDate relevantDay)
    {
        var leaves = relevantDay.PlusDays(1 + Geometric(7.0));
        var during = relevantDay.PlusDays(1 + random.Next(Math.Max(1, Period.Between(relevantDay, leaves).Days)));
        if (Chance(0.03) && Send(body.Code, Hospital, At(during, 9, 12), new WithdrawNotice(Withdrawal.Discharge, "04", null, null).Decide))
        {
            // A fresh notice makes a new relevant day.
            GiveDischargeNotice(At(during.PlusDays(1), 9, 13));
            leaves = LocalDate.Max(leaves, (episode.RelevantDay ?? leaves).PlusDays(1));
        }

        if (Chance(0.10))
        {
            var until = LocalDate.Min(leaves, during.PlusDays(random.Next(1, 5)));
            Send(body.Code, Hospital, At(until, 16, 18), new RecordNhsServiceAwaited(during, until).Decide);
        }

        if (Chance(0.03))
        {
            Send(body.Code, Hospital, At(during, 12, 14), new ChangeCareSetting(during, CareSetting.Intermediate).Decide);
        }

        if (Chance(0.02))
        {
            var to = parties.Other(council, random).Code;
            if (Send(responsible, DutyDesk, At(during, 14, 16), new TransferResponsibility(during, to).Decide))
            {
                responsible = to;
            }
        }

        if (Chance(0.7))
        {
            Send(responsible, DutyDesk, At(leaves.PlusDays(-1), 15, 17), new RecordServicesInPlace(leaves.PlusDays(-1)).Decide);
        }

        Depart(Departure(0.06, 0.04), leaves);
        if (rules.Timeline.RegimeOn(leaves) == Regime.CareAct2014 && Chance(0.6))
        {
            var demanded = At(leaves.PlusDays(random.Next(1, 10)), 9, 17);
            Send(body.Code, Hospital, demanded, new RequirePayment(demanded).Decide);
        }
    }

    private bool GiveDischargeNotice(Instant at)
    {
        var proposed = Day(at).PlusDays(random.Next(2, 4));
        var notice = new GiveDischargeNotice(at, proposed, true, true, "District nursing twice a week", Liaison);
        return Send(body.Code, Hospital, at, notice.Decide);
    }

    private void Acknowledge(NoticeKind notice, Instant at)
    {
        var rejected = Chance(0.05);
        Send(responsible, DutyDesk, at, new AcknowledgeNotice(notice, rejected ? NoticeResponse.Reject : NoticeResponse.Accept, rejected ? "Not ordinarily resident here" : null, at).Decide);
    }

    private void Depart(DepartureKind how, LocalDate on) =>
        Send(body.Code, Hospital, At(on, 16, 20), (e, c) => new RecordDeparture(on).Decide(how, e, c));

    private DepartureKind Departure(double died, double selfDischarged) =>
        random.NextDouble() switch
        {
            var r when r < died => DepartureKind.Died,
            var r when r < died + selfDischarged => DepartureKind.SelfDischarged,
            _ => DepartureKind.Discharged,
        };

    private bool Send(string sender, string user, Instant at, Func<Episode, DecisionContext, Outcome> decide) => episode.Send(sender, user, at, decide);

    private GiveAssessmentNotice AssessmentNotice(Instant at)
    {
        var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
        return new GiveAssessmentNotice(
            body.Code, council.Code, at, new PatientPart(name, NhsNumberFrom(random)), body.Name, null, null, true, true, true,
            "Considered: not eligible", false, Liaison, null, null);
    }

    /// <summary>A valid NHS number: nine random digits and the modulus 11 check digit (a remainder of 10 is not valid: draw again).</summary>
    private static string NhsNumberFrom(Random random)
    {
        while (true)
        {
            var digits = Enumerable.Range(0, 9).Select(_ => random.Next(10)).ToArray();
            var check = 11 - (digits.Select((d, i) => d * (10 - i)).Sum() % 11);
            if (check != 10)
            {
                return string.Concat(digits) + (check == 11 ? 0 : check);
            }
        }
    }

    private bool Chance(double p) => random.NextDouble() < p;

    /// <summary>Days of delay, geometric with the given mean, at most 120.</summary>
    private int Geometric(double mean) => Math.Min(120, (int)Math.Floor(Math.Log(1 - random.NextDouble()) / Math.Log(1 - (1 / mean))));

    private Duration Hours(int from, int to) => Duration.FromMinutes(random.Next(from * 60, to * 60));

    private LocalDate Day(Instant at) => at.InZone(rules.Zone).Date;

    private Instant At(LocalDate day, int fromHour, int toHour) =>
        day.At(new LocalTime(fromHour, 0)).PlusMinutes(random.Next((toHour - fromHour) * 60)).InZoneLeniently(rules.Zone).ToInstant();
}
