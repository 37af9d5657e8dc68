using System.Text.RegularExpressions;
using Discharge.Domain;
using Discharge.Domain.Councils;
using Discharge.Domain.Episodes;
using Discharge.Domain.Rules;
using NodaTime;

namespace Discharge.Server.Calculator;

/// <summary>
/// Reads the calculator's scenario format (README, "The calculator"): <c>nhsBody</c>, <c>council</c>, optional
/// <c>ruleSet</c> and <c>asOf</c>, and <c>events</c>, each with a kebab-case <c>type</c> and that type's fields.
/// </summary>
internal static partial class ScenarioReader
{
    private static readonly Dictionary<string, CareSetting> Settings = new(StringComparer.Ordinal)
    {
        ["acute"] = CareSetting.Acute,
        ["intermediate"] = CareSetting.Intermediate,
        ["rehabilitation"] = CareSetting.Rehabilitation,
        ["mental-health"] = CareSetting.MentalHealth,
        ["maternity"] = CareSetting.Maternity,
        ["self-funded"] = CareSetting.SelfFunded,
    };

    private static readonly Dictionary<string, Func<JsonFields, Context, IEpisodeEvent>> EventReaders = new(StringComparer.Ordinal)
    {
        ["assessment-notice"] = (f, c) => new AssessmentNoticeGiven(f.Instant("at"), c.NhsBody, c.Council),
        ["discharge-notice"] = (f, _) => new DischargeNoticeGiven(f.Instant("at"), f.Date("proposedDischargeDate")),
        ["assessment-notice-withdrawn"] = (f, _) => new AssessmentNoticeWithdrawn(f.Instant("at"), f.OptionalString("reason")),
        ["discharge-notice-withdrawn"] = (f, _) => new DischargeNoticeWithdrawn(f.Instant("at"), f.OptionalString("reason")),
        ["council-services-in-place"] = (f, _) => new CouncilServicesInPlace(f.Date("on")),
        ["nhs-service-awaited"] = (f, _) => ReadDays(f, (from, until) => new NhsServiceAwaited(from, until)),
        ["patient-choice"] = (f, _) => ReadDays(f, (from, until) => new DelayedByPatientChoice(from, until)),
        ["care-setting-changed"] = (f, _) => new CareSettingChanged(f.Date("on"), ReadSetting(f)),
        ["responsibility-transferred"] = (f, c) => new ResponsibilityTransferred(f.Date("on"), ReadCouncil(f, "to", c.Councils)),
        ["payment-required"] = (f, _) => new PaymentRequired(f.Instant("at")),
        ["discharged"] = (f, _) => new PatientDischarged(f.Date("on")),
        ["self-discharged"] = (f, _) => new PatientSelfDischarged(f.Date("on")),
        ["died"] = (f, _) => new PatientDied(f.Date("on")),
    };

    public static IReadOnlyCollection<string> EventTypes => EventReaders.Keys;

    /// <summary>
    /// Reads a scenario, finding its rule set by name with <paramref name="findRuleSet"/>; a bad field, or text that
    /// is not JSON, throws a <see cref="DataFileException"/> naming the file and field.
    /// </summary>
    public static Scenario Read(Stream json, string file, CouncilRegister councils, Func<string, RuleSet> findRuleSet) => JsonFields.Parse(json, file, root =>
    {
        var context = new Context(root.String("nhsBody"), ReadCouncil(root, "council", councils), councils);
        var ruleSet = findRuleSet(root.OptionalString("ruleSet") ?? "default");
        var asOf = root.OptionalDate("asOf");
        var events = new List<IEpisodeEvent>();
        var types = new List<string>();
        foreach (var item in root.Array("events", item => item))
        {
            var type = item.String("type");
            var reader = EventReaders.GetValueOrDefault(type)
                ?? throw item.Error("type", $"unknown type '{type}' (expected one of: {string.Join(", ", EventReaders.Keys)})");
            events.Add(reader(item, context));
            types.Add(type);
            item.RejectUnknownFields();
        }

        root.RejectUnknownFields();
        // Legal days are read in the rule set's own zone, as the engine reads them.
        RequireNothingBeforeTheAssessmentNotice(root, events, DateTimeZoneProviders.Tzdb[ruleSet.TimeZone]);
        return new Scenario(new EpisodeHeader(context.NhsBody, context.Council), ruleSet, asOf, events, types);
    });

    /// <summary>
    /// A discharge, a death, a discharge notice or a proposed discharge date before the first assessment notice
    /// cannot belong to this episode: the scenario is wrong, not the notice defective.
    /// </summary>
    private static void RequireNothingBeforeTheAssessmentNotice(JsonFields root, List<IEpisodeEvent> events, DateTimeZone zone)
    {
        // Read as the engine reads them: each fact keeps its event's place in the scenario.
        var facts = Episode.From(Guid.Empty, events).LiabilityFacts();
        if (facts.Where(f => f.Kind == LiabilityFactKind.AssessmentNoticeGiven).Take(1).ToList() is not [var opening])
        {
            return;
        }

        var given = opening.DeliveredAt;
        var givenOn = given.InZone(zone).Date;
        foreach (var fact in facts)
        {
            var (field, early) = fact.Kind switch
            {
                LiabilityFactKind.DischargeNoticeGiven when fact.DeliveredAt < given => ("at", true),
                LiabilityFactKind.DischargeNoticeGiven => ("proposedDischargeDate", fact.ProposedDischargeDate < givenOn),
                LiabilityFactKind.Departure => ("on", fact.Day < givenOn),
                _ => ("", false),
            };
            if (early)
            {
                throw root.Error($"events[{fact.Index}].{field}", $"dated before the assessment notice (events[{opening.Index}], {givenOn:uuuu-MM-dd})");
            }
        }
    }

    private static IEpisodeEvent ReadDays(JsonFields fields, Func<LocalDate, LocalDate, IEpisodeEvent> create)
    {
        var from = fields.Date("from");
        var until = fields.Date("until");
        return until >= from ? create(from, until) : throw fields.Error("until", "is before from");
    }

    private static CareSetting ReadSetting(JsonFields fields)
    {
        var setting = fields.String("setting");
        return Settings.TryGetValue(setting, out var value)
            ? value
            : throw fields.Error("setting", $"'{setting}' is not one of: {string.Join(", ", Settings.Keys)}");
    }

    /// <summary>
    /// An English council in the register, or a Welsh council (W06): the engine prices the Welsh one at nothing
    /// (rules.md §3.5, E16). Anything else is a mistake in the scenario.
    /// </summary>
    private static string ReadCouncil(JsonFields fields, string field, CouncilRegister councils)
    {
        var code = fields.String(field);
        return councils.Contains(code) || WelshCouncil().IsMatch(code)
            ? code
            : throw fields.Error(field, $"unknown council '{code}' (not in the council register {councils.Version}, nor a Welsh W06 code)");
    }

    [GeneratedRegex("^W06[0-9]{6}$")]
    private static partial Regex WelshCouncil();

    private sealed record Context(string NhsBody, string Council, CouncilRegister Councils);
}
