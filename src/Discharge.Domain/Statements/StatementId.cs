namespace Discharge.Domain.Statements;

/// <summary>A statement's id follows from what it bills (NHS body, council, month), so that a month is billed once.</summary>
public static class StatementId
{
    public static Guid For(string nhsBody, string council, BillingMonth month) => NameBasedGuid.Of($"statement|{nhsBody}|{council}|{month}");
}
