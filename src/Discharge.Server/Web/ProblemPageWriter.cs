using Discharge.Server.Web.Parts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Discharge.Server.Web;

/// <summary>
/// A browser refused a page by its policy (403), or sent to an address nothing answers (404), reads why in a page of the
/// site, with the status the API gives. A program (no <c>Accept: text/html</c>), and every API route, still get problem
/// details as JSON. Registered before the JSON writer, which would otherwise take every problem.
/// </summary>
internal sealed class ProblemPageWriter(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        return BrowserSignIn.AsksForHtml(http.Request) && (http.GetEndpoint() is not { } endpoint || BrowserSignIn.IsPage(endpoint));
    }

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        // What the JSON writer would add (UnmatchedAddress's words, for one), so that the page says the same.
        options.Value.CustomizeProblemDetails?.Invoke(context);
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        await new RazorComponentResult<ProblemPage>(new { Problem = problem }) { StatusCode = problem.Status }.ExecuteAsync(context.HttpContext);
    }
}
