using Discharge.Domain.Statements;
using static Discharge.Domain.Tests.Support.TestCouncils;

namespace Discharge.Domain.Tests.Statements;

/// <summary>A statement's id follows from what it bills, so that two requests to issue a month start the same stream.</summary>
public sealed class when_naming_a_statement
{
    private static readonly BillingMonth June = new(2021, 6);

    [Fact]
    public void the_same_nhs_body_council_and_month_give_the_same_id() =>
        StatementId.For("RTG", Derby, June).Should().Be(StatementId.For("RTG", Derby, new BillingMonth(2021, 6)));

    [Fact]
    public void another_nhs_body_council_or_month_gives_another_id() =>
        new[] { StatementId.For("RTG", Derby, June), StatementId.For("RTH", Derby, June), StatementId.For("RTG", Leeds, June), StatementId.For("RTG", Derby, new BillingMonth(2021, 7)) }
            .Should().OnlyHaveUniqueItems();

    [Fact]
    public void the_id_reads_as_a_version_8_uuid() =>
        StatementId.For("RTG", Derby, June).ToString()[14].Should().Be('8');
}
