using Discharge.Domain.Episodes;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Domain.Liability;

/// <summary>
/// Decides one day of a delayed discharge period (rules.md §2.5). Under the statutory inclusive rule a day is
/// judged by the state as it began, i.e. after the events of the day before; the midnight census also requires
/// the state at 23:59 to qualify, so the day of a closing event (discharge, death, withdrawal, services in place,
/// leaving acute care) is charged inclusively and not under the census.
/// </summary>
internal static class DayRules
{
    /// <summary>
    /// <paramref name="partyRule"/> is what the registers say of the day's council and NHS body, when either cannot be
    /// charged that day. The rule comes back unresolved: the caller reads it under the period's regime.
    /// </summary>
    public static (DayStatus Status, RegimeRule Rule) Decide(
        BoundRules rules, EpisodeFacts facts, in ClosingFacts period, LocalDate day, (DayStatus, RegimeRule)? partyRule, LocalDate? latestPaymentRequirement)
    {
        var timeline = rules.Timeline;
        if (day < timeline.MoneyFrom)
        {
            return (DayStatus.Shadow, DecisionRules.Shadow);
        }

        var regimeToday = timeline.RegimeOn(day);
        if (regimeToday is null)
        {
            return (DayStatus.RegimeEnded, DecisionRules.RegimeEnded);
        }

        if (regimeToday != period.Regime)
        {
            // Under the census the patient had left by the end of the closing day: it awaits nothing (rules.md §3.6).
            return rules.Census && day == period.ClosingDay
                ? (DayStatus.Closed, ClosingRule(period.ClosedBy))
                : (DayStatus.AwaitingCareActNotices, DecisionRules.AwaitingCareActNotices);
        }

        if (regimeToday == Regime.CareAct2014 && rules.RuleSet.WithholdRegimeInDoubt && rules.RuleSet.RegimeInDoubt.Contains(day))
        {
            return (DayStatus.RegimeInDoubt, DecisionRules.RegimeInDoubt);
        }

        if (partyRule is { } party)
        {
            return party;
        }

        if (StateAtEndOf(facts, period, day.PlusDays(-1)) is { } startOfDay)
        {
            return startOfDay;
        }

        if (facts.NhsServiceAwaitedOn(day))
        {
            return (DayStatus.BlockedByNhs, DecisionRules.NhsServiceAwaited);
        }

        if (facts.PatientChoiceOn(day) && rules.RuleSet.PatientChoiceDays == PatientChoiceDays.NotChargeable)
        {
            return (DayStatus.PatientChoice, DecisionRules.PatientChoice);
        }

        if (rules.Census)
        {
            if (day == period.ClosingDay)
            {
                return (DayStatus.Closed, ClosingRule(period.ClosedBy));
            }

            if (StateAtEndOf(facts, period, day) is { } endOfDay)
            {
                return endOfDay;
            }
        }

        if (regimeToday == Regime.CareAct2014)
        {
            return CareAct2014Day(rules.RuleSet, day, latestPaymentRequirement);
        }

        var selfFunded = facts.SettingAtEndOf(day.PlusDays(-1)) == CareSetting.SelfFunded;
        return (DayStatus.Chargeable, selfFunded ? DecisionRules.ChargeableAct2003SelfFunded : DecisionRules.ChargeableAct2003);
    }

    /// <summary>
    /// The conditions that change in the course of a day: the care setting and the council's services. Care that
    /// qualifies after a spell that did not, under the same notices, is a case rules.md does not cover: flagged.
    /// </summary>
    private static (DayStatus, RegimeRule)? StateAtEndOf(EpisodeFacts facts, in ClosingFacts period, LocalDate day)
    {
        var setting = facts.SettingAtEndOf(day);
        if (!QualifyingCare.Qualifies(setting, period.Regime))
        {
            return (DayStatus.NotQualifying, setting == CareSetting.SelfFunded ? DecisionRules.SelfFunded : DecisionRules.NotAcuteCare);
        }

        if (facts.LeftQualifyingCare(period.Regime, period.NoticesFrom, day))
        {
            return (DayStatus.ReviewNeeded, DecisionRules.ReturnedToAcuteCare);
        }

        return facts.ServicesInPlaceOn <= day ? (DayStatus.ServicesInPlace, DecisionRules.ServicesInPlace) : null;
    }

    /// <summary>The NHS body "may require" payment (A12): billable once required, per the rule set's coverage.</summary>
    private static (DayStatus, RegimeRule) CareAct2014Day(RuleSet ruleSet, LocalDate day, LocalDate? latestPaymentRequirement)
    {
        if (ruleSet.CareAct2014Billing == CareAct2014Billing.Automatic)
        {
            return (DayStatus.Chargeable, DecisionRules.ChargeableAutomatically);
        }

        var required = ruleSet.PaymentRequirementCovers == PaymentRequirementCoverage.WholeEpisode
            ? latestPaymentRequirement is not null
            : day <= latestPaymentRequirement;
        return required ? (DayStatus.Chargeable, DecisionRules.ChargeableOnRequirement) : (DayStatus.Potential, DecisionRules.Potential);
    }

    private static RegimeRule ClosingRule(PeriodEnd cause) => cause switch
    {
        PeriodEnd.SelfDischarged => DecisionRules.ClosedBySelfDischarge,
        PeriodEnd.Died => DecisionRules.ClosedByDeath,
        PeriodEnd.DischargeNoticeWithdrawn => DecisionRules.ClosedByDischargeNoticeWithdrawal,
        PeriodEnd.AssessmentNoticeWithdrawn => DecisionRules.ClosedByAssessmentNoticeWithdrawal,
        _ => DecisionRules.ClosedByDischarge,
    };
}

/// <summary>The regime of a period's notices, the day, if any, an event closed it, and the day its assessment notice was given.</summary>
internal readonly record struct ClosingFacts(Regime Regime, LocalDate? ClosingDay, PeriodEnd ClosedBy, LocalDate NoticesFrom);
