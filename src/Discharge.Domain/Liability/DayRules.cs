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
    public static (DayStatus Status, DecisionRule Rule) Decide(
        BoundRules rules, EpisodeFacts facts, in ClosingFacts period, LocalDate day, bool councilInScope, LocalDate? latestPaymentRequirement)
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

        if (!councilInScope)
        {
            return (DayStatus.NotQualifying, DecisionRules.CouncilOutsideEngland);
        }

        if (StateAtEndOf(facts, day.PlusDays(-1)) is { } startOfDay)
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

            if (StateAtEndOf(facts, day) is { } endOfDay)
            {
                return endOfDay;
            }
        }

        return regimeToday == Regime.Act2003 ? (DayStatus.Chargeable, DecisionRules.ChargeableAct2003) : CareAct2014Day(rules.RuleSet, day, latestPaymentRequirement);
    }

    /// <summary>The conditions that change in the course of a day: the care setting and the council's services.</summary>
    private static (DayStatus, DecisionRule)? StateAtEndOf(EpisodeFacts facts, LocalDate day)
    {
        var setting = facts.SettingAtEndOf(day);
        if (setting != CareSetting.Acute)
        {
            return (DayStatus.NotQualifying, setting == CareSetting.SelfFunded ? DecisionRules.SelfFunded : DecisionRules.NotAcuteCare);
        }

        return facts.ServicesInPlaceOn <= day ? (DayStatus.ServicesInPlace, DecisionRules.ServicesInPlace) : null;
    }

    /// <summary>The NHS body "may require" payment (A12): billable once required, per the rule set's coverage.</summary>
    private static (DayStatus, DecisionRule) CareAct2014Day(RuleSet ruleSet, LocalDate day, LocalDate? latestPaymentRequirement)
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

    private static DecisionRule ClosingRule(PeriodEnd cause) => cause switch
    {
        PeriodEnd.SelfDischarged => DecisionRules.ClosedBySelfDischarge,
        PeriodEnd.Died => DecisionRules.ClosedByDeath,
        PeriodEnd.DischargeNoticeWithdrawn => DecisionRules.ClosedByDischargeNoticeWithdrawal,
        PeriodEnd.AssessmentNoticeWithdrawn => DecisionRules.ClosedByAssessmentNoticeWithdrawal,
        _ => DecisionRules.ClosedByDischarge,
    };
}

/// <summary>The regime of a period's notices and the day, if any, an event closed it.</summary>
internal readonly record struct ClosingFacts(Regime Regime, LocalDate? ClosingDay, PeriodEnd ClosedBy);
