namespace Discharge.Domain.Statements;

/// <summary>
/// One NHS body's bill to one council for one month, as its stream makes it: the statement as issued, then the
/// payments and disputes recorded against it. A plain fold with one <c>Apply</c> per event; also stored as a document
/// for the lists and balances.
/// </summary>
public sealed class Statement
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
    public static Statement? From(IEnumerable<object> events)
    {
        Statement? statement = null;
        foreach (var recorded in events)
        {
            if (recorded is StatementIssued issued)
            {
                statement = Create(issued);
            }
            else
            {
                statement?.Evolve(recorded);
            }
        }

        return statement;
    }

    public static Statement Create(StatementIssued issued) => new() { Id = issued.StatementId, Issued = issued, Version = 1 };

    public void Evolve(object recorded)
    {
        Version++;
        switch (recorded)
        {
            case PaymentRecorded payment: Apply(payment); break;
            case DisputeLodged dispute: Apply(dispute); break;
        }
    }

    public void Apply(PaymentRecorded payment) => Payments.Add(payment);

    public void Apply(DisputeLodged dispute) => Disputes.Add(dispute);

    /// <summary>The statement's lines for one episode.</summary>
    public IEnumerable<StatementLine> LinesOf(Guid episodeId) => Issued.Lines.Where(l => l.EpisodeId == episodeId);

    /// <summary>The dispute already lodged against a day of the statement, if any.</summary>
    public Guid? DisputeOf(EpisodeDay day) =>
        Disputes.FirstOrDefault(d => d.EpisodeId == day.EpisodeId && d.Days.Contains(day.Date))?.DisputeId;
}
