using Discharge.Domain.Liability;
using Discharge.Domain.Rules;
using Discharge.Domain.Statements;

namespace Discharge.Domain.Tests.Support;

/// <summary>Episodes of the NHS body RTG that statements bill, and how a line cites the engine that priced it.</summary>
internal static class Billed
{
    public static readonly Guid Episode = Guid.Parse("5d1e8a52-0c7b-4f43-9a6e-2b8f1c3d4e01");
    public static readonly Guid OtherEpisode = Guid.Parse("5d1e8a52-0c7b-4f43-9a6e-2b8f1c3d4e02");

    public const string Patient = "RTG-000123";
    public const string OtherPatient = "RTG-000456";

    public static readonly string RuleSetName = $"{RuleSets.Default.Name} {RuleSets.Default.Version}";

    public static readonly BillingMonth February2005 = new(2005, 2);
    public static readonly BillingMonth March2005 = new(2005, 3);
    public static readonly BillingMonth May2016 = new(2016, 5);

    /// <summary>
    /// 2003 Act, Derby (lower rate, £100): assessment notice Tue 1 Feb 2005, interval Wed 2 and Thu 3, relevant day
    /// Thu 3 Feb; the patient is still in hospital, so 4 to 28 Feb are chargeable, 25 days, £2,500.
    /// </summary>
    public static EpisodeBuilder DelayedFromFebruary2005() => EpisodeBuilder.For()
        .AssessmentNotice("2005-02-01 10:00")
        .DischargeNotice("2005-02-01 11:00", proposed: "2005-02-03");

    /// <summary>Care Act, Derby (£130): relevant day Wed 11 May 2016, discharged Wed 18 May: 12 to 18 May, 7 days, £910.</summary>
    public static EpisodeBuilder DelayedInMay2016() => EpisodeBuilder.For()
        .AssessmentNotice("2016-05-09 10:00")
        .DischargeNotice("2016-05-09 11:00", proposed: "2016-05-11")
        .Discharged("2016-05-18");

    /// <summary>The February 2005 delay, billed to Derby on 1 Mar 2005.</summary>
    public static Ledger February2005Billed(EpisodeBuilder episode)
    {
        var books = new Ledger().With(Episode, Patient, episode);
        books.Issued(TestCouncils.Derby, February2005, "2005-03-01 09:00");
        return books;
    }

    public static Guid February2005Statement => StatementId.For(EpisodeBuilder.NhsBody, TestCouncils.Derby, February2005);

    public static string Citation(RegimeRule rule, Regime regime, bool afterTransfer = false) => rule.Under(regime, afterTransfer).Citation;
}
