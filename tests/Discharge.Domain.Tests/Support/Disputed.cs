using Discharge.Domain.Disputes;
using Discharge.Domain.Statements;
using static Discharge.Domain.Tests.Support.EpisodeBuilder;

namespace Discharge.Domain.Tests.Support;

/// <summary>Disputes as Derby and RTG record them, for dispute decisions to start from; raised by the real decision.</summary>
internal static class Disputed
{
    public static readonly Guid Id = Guid.Parse("9a7c3b1e-2d4f-4e6a-8b0c-1d2e3f4a5b10");

    /// <summary>The February 2005 statement (2003 Act, £100 a day) as issued on 1 Mar 2005.</summary>
    public static readonly StatementIssued February2005 = Billed.February2005Billed(Billed.DelayedFromFebruary2005()).StatementOf(Billed.February2005Statement).Issued;

    /// <summary>On Sat 5 Mar 2005 Derby disputed 10, 11 and 12 Feb of the February 2005 statement.</summary>
    public static readonly DisputeRaised Act2003 = RaisedOn(
        Billed.February2005Billed(Billed.DelayedFromFebruary2005()), Billed.February2005Statement, "2005-03-05 10:00", "2005-02-10", "2005-02-11", "2005-02-12");

    /// <summary>On 3 Jun 2016 Derby disputed every day (12 to 18 May) of a Care Act episode billed on its May 2016 statement.</summary>
    public static readonly DisputeRaised CareAct2014 = RaisedOn(MayBilled(out var may), may, "2016-06-03 10:00");

    public static DisputeAnswered Answered(DisputeOutcome outcome, params string[] days) =>
        new(outcome, "Our reasons.", [.. days.Select(Date)], UkTime("2005-03-10 10:00"));

    /// <summary>Derby applied for a panel on Tue 15 Mar 2005: it is due by Tue 22 Mar.</summary>
    public static readonly PanelRequested PanelApplied = new(TestCouncils.Derby, Date("2005-03-15"), Date("2005-03-22"), UkTime("2005-03-15 10:00"));

    /// <summary>The panel was appointed on Mon 21 Mar 2005: its recommendation is due by Mon 18 Apr.</summary>
    public static readonly PanelAppointed PanelWasAppointed = new(Date("2005-03-21"), "Chair: A. Smith", Date("2005-04-18"), UkTime("2005-03-21 10:00"));

    public static PanelRecommended Recommended(params string[] days) =>
        new(Date("2005-04-11"), "The NHS body should give up the days named.", [.. days.Select(Date)], UkTime("2005-04-11 10:00"));

    public static RecommendationAnswered AnsweredBy(string party, bool accepted) => new(party, accepted, UkTime("2005-04-12 10:00"));

    private static Ledger MayBilled(out Guid statementId)
    {
        var books = new Ledger().With(Billed.Episode, Billed.Patient, Billed.DelayedInMay2016().PaymentRequired("2016-05-14 10:00"));
        statementId = books.Issued(TestCouncils.Derby, Billed.May2016, "2016-06-01 09:00").Id;
        return books;
    }

    private static DisputeRaised RaisedOn(Ledger books, Guid statementId, string ukTime, params string[] days) =>
        books.Disputed(statementId, Id, Billed.Episode, ukTime, [.. days.Select(Date)]).Raised;
}
