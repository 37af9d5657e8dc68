using Discharge.Domain.Calendar;
using NodaTime;

namespace Discharge.Domain.Rules;

/// <summary>
/// Reads a rule set from JSON. Only <c>name</c> and <c>version</c> are required; any parameter left out takes the
/// default rule set's value. Names are camelCase and choices kebab-case, as in the README's calculator section.
/// </summary>
public static class RuleSetFile
{
    private static readonly Dictionary<string, ClosingRule> ClosingRules = new()
    {
        ["statutory-inclusive"] = ClosingRule.StatutoryInclusive,
        ["midnight-census"] = ClosingRule.MidnightCensus,
    };

    private static readonly Dictionary<string, DefectiveDischargeNoticeHandling> DefectiveHandling = new()
    {
        ["reject"] = DefectiveDischargeNoticeHandling.Reject,
        ["first-lawful-date"] = DefectiveDischargeNoticeHandling.FirstLawfulDate,
    };

    private static readonly Dictionary<string, CareAct2014Billing> Billing = new()
    {
        ["on-payment-requirement"] = CareAct2014Billing.OnPaymentRequirement,
        ["automatic"] = CareAct2014Billing.Automatic,
    };

    private static readonly Dictionary<string, PaymentRequirementCoverage> Coverage = new()
    {
        ["whole-episode"] = PaymentRequirementCoverage.WholeEpisode,
        ["days-up-to-requirement"] = PaymentRequirementCoverage.DaysUpToRequirement,
    };

    private static readonly Dictionary<string, PatientChoiceDays> PatientChoice = new()
    {
        ["not-chargeable"] = PatientChoiceDays.NotChargeable,
        ["chargeable"] = PatientChoiceDays.Chargeable,
    };

    private static readonly Dictionary<string, ExcludedDays> Exclusions = new()
    {
        ["saturday"] = ExcludedDays.Saturday,
        ["sunday"] = ExcludedDays.Sunday,
        ["public-holiday"] = ExcludedDays.PublicHoliday,
    };

    public static RuleSet Load(Stream json, string file) => JsonFields.Parse(json, file, Read);

    private static RuleSet Read(JsonFields root)
    {
        var defaults = RuleSets.Default;
        var minInterval = root.OptionalInt("minIntervalDays") ?? defaults.MinIntervalDays;
        if (minInterval < 1)
        {
            throw root.Error("minIntervalDays", "must be at least 1");
        }

        var timeZone = root.OptionalString("timeZone") ?? defaults.TimeZone;
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is null)
        {
            throw root.Error("timeZone", $"'{timeZone}' is not a time zone");
        }

        return new RuleSet
        {
            Name = root.String("name"),
            Version = root.String("version"),
            TimeZone = timeZone,
            CutoffTime = root.OptionalTime("cutoffTime") ?? defaults.CutoffTime,
            CutoffAppliesToWithdrawals = root.OptionalBool("cutoffAppliesToWithdrawals") ?? defaults.CutoffAppliesToWithdrawals,
            MinIntervalDays = minInterval,
            IntervalExcludes = ReadExclusions(root) ?? defaults.IntervalExcludes,
            RollNoticeOffExcludedDay = root.OptionalBool("rollNoticeOffExcludedDay") ?? defaults.RollNoticeOffExcludedDay,
            ClosingRule = root.OptionalEnum("closingRule", ClosingRules) ?? defaults.ClosingRule,
            DefectiveDischargeNotice = root.OptionalEnum("defectiveDischargeNotice", DefectiveHandling) ?? defaults.DefectiveDischargeNotice,
            CalendarVersion = root.OptionalString("calendarVersion"),
            Timeline = ReadTimeline(root.OptionalObject("timeline"), defaults.Timeline),
            WithholdRegimeInDoubt = root.OptionalBool("withholdRegimeInDoubt") ?? defaults.WithholdRegimeInDoubt,
            RegimeInDoubt = ReadInterval(root.OptionalObject("regimeInDoubt")) ?? defaults.RegimeInDoubt,
            CareAct2014Billing = root.OptionalEnum("careAct2014Billing", Billing) ?? defaults.CareAct2014Billing,
            PaymentRequirementCovers = root.OptionalEnum("paymentRequirementCovers", Coverage) ?? defaults.PaymentRequirementCovers,
            PatientChoiceDays = root.OptionalEnum("patientChoiceDays", PatientChoice) ?? defaults.PatientChoiceDays,
        };
    }

    private static ExcludedDays? ReadExclusions(JsonFields root)
    {
        var names = root.OptionalArray("intervalExcludes", item => item.AsString());
        if (names is null)
        {
            return null;
        }

        var excluded = ExcludedDays.None;
        foreach (var name in names)
        {
            excluded |= Exclusions.TryGetValue(name, out var day)
                ? day
                : throw root.Error("intervalExcludes", $"'{name}' is not one of: {string.Join(", ", Exclusions.Keys)}");
        }

        return excluded;
    }

    private static RegimeTimeline ReadTimeline(JsonFields? timeline, RegimeTimeline defaults) => timeline is not { } fields
        ? defaults
        : new RegimeTimeline
        {
            NoticesFrom = fields.OptionalDate("noticesFrom") ?? defaults.NoticesFrom,
            MoneyFrom = fields.OptionalDate("moneyFrom") ?? defaults.MoneyFrom,
            Act2003Until = fields.OptionalDate("act2003Until") ?? defaults.Act2003Until,
            CareAct2014From = fields.OptionalDate("careAct2014From") ?? defaults.CareAct2014From,
            CareAct2014Until = fields.OptionalDate("careAct2014Until") ?? defaults.CareAct2014Until,
        };

    private static DateInterval? ReadInterval(JsonFields? interval)
    {
        if (interval is not { } fields)
        {
            return null;
        }

        var from = fields.Date("from");
        var until = fields.Date("until");
        return until >= from ? new DateInterval(from, until) : throw fields.Error("until", "is before from");
    }
}
