using Discharge.Domain.Episodes.Decisions;
using Discharge.Server.Problems;
using Microsoft.AspNetCore.Mvc;

namespace Discharge.Server.Tests.Problems;

/// <summary>A domain refusal becomes problem details in one place: the rule's code is the type, its kind the status.</summary>
public sealed class when_mapping_a_refusal
{
    [Theory]
    [InlineData(RefusalKind.NotFound, 404)]
    [InlineData(RefusalKind.NotAParty, 403)]
    [InlineData(RefusalKind.OutOfSequence, 409)]
    [InlineData(RefusalKind.RuleBroken, 422)]
    public void each_kind_of_refusal_has_its_status(RefusalKind kind, int status)
    {
        var problem = new Refusal(kind, "some-rule", "The title.", "The detail.", "2003 s.5(3)").ToProblem();

        problem.Should().BeOfType<ProblemDetails>();
        problem.Type.Should().Be("/problems/some-rule");
        problem.Title.Should().Be("The title.");
        problem.Status.Should().Be(status);
        problem.Detail.Should().Be("The detail.");
        problem.Extensions.Should().BeEmpty("the citation is the domain's: the problem's detail already cites the rule");
    }

    [Fact]
    public void missing_contents_answer_field_by_field_in_the_order_found()
    {
        var fields = new FieldFaults().Add("liaison.name", "Required.").Add("describesItselfAsNotice", "The notice must say so.");

        var problem = fields.ContentsMissing("discharge notice", "the 2003 Regulations, reg 5")!.ToProblem();

        var validation = problem.Should().BeOfType<ValidationProblemDetails>().Subject;
        validation.Type.Should().Be("/problems/statutory-contents-missing");
        validation.Title.Should().Be("The discharge notice lacks contents required by the 2003 Regulations, reg 5.");
        validation.Status.Should().Be(422);
        validation.Detail.Should().BeNull();
        validation.Errors.Keys.Should().Equal("liaison.name", "describesItselfAsNotice");
        validation.Errors["describesItselfAsNotice"].Should().Equal("The notice must say so.");
    }
}
