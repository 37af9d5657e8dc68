namespace Discharge.Domain.Statements;

/// <summary>
/// One NHS body's bill to one council for one month, as its stream makes it: the statement as issued, then the
/// payments and disputes recorded against it. A plain fold (<see cref="Evolve"/>, one case per event); also stored as a
/// document for the lists and balances, kept by the same fold.
/// </summary>
public sealed class Statement : IStreamFold<Statement>
{
    public Guid Id { get; set; }

    /// <summary>How many events are recorded: the stream version the statement stands at.</summary>
    public long Version { get; set; }

    public StatementIssued Issued { get; set; } = null!;

    public List<PaymentRecorded> Payments { get; set; } = [];

    public List<DisputeLodged> Disputes { get; set; } = [];

    public string NhsBody => Issued.NhsBody;

    public string Council => Issued.Council;

    public BillingMonth Month => Issued.Month;

    public decimal Paid => Payments.Sum(p => p.Amount);

    /// <summary>What the council still owes on this statement; negative when it was credited more than it was billed.</summary>
    public decimal Outstanding => Issued.Total - Paid;

    /// <summary>The statement, or null when nothing is recorded for it.</summary>
    public static Statement? From(IEnumerable<object> events) => StreamFold.From<Statement>(events);

    public static Statement? Start(object first) => first is StatementIssued issued ? Of(issued) : null;

    public static Statement Of(StatementIssued issued) => new() { Id = issued.StatementId, Issued = issued, Version = 1 };

    public void Evolve(object recorded)
    {
        Version++;
        switch (recorded)
        {
            case PaymentRecorded payment: Payments.Add(payment); break;
            case DisputeLodged dispute: Disputes.Add(dispute); break;
        }
    }

    /// <summary>The statement's lines for one episode.</summary>
    public IEnumerable<StatementLine> LinesOf(Guid episodeId) => Issued.Lines.Where(l => l.EpisodeId == episodeId);

    /// <summary>The dispute already lodged against a day of the statement, if any.</summary>
    public Guid? DisputeOf(EpisodeDay day) =>
        Disputes.FirstOrDefault(d => d.EpisodeId == day.EpisodeId && d.Days.Contains(day.Date))?.DisputeId;
}
