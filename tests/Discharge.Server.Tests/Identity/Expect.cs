using System.Net;

namespace Discharge.Server.Tests.Identity;

/// <summary>The status each caller in the access matrix gets, by the kind of route.</summary>
public static class Expect
{
    /// <summary>A read of one episode, statement or dispute: its two parties and auditors see it; anyone else is told there is none.</summary>
    public static HttpStatusCode PartiesAndAuditors(AccessCell cell) => cell.IsAuditor || cell.Own ? HttpStatusCode.OK : HttpStatusCode.NotFound;

    /// <summary>A report of one organisation in <paramref name="role"/>: for that organisation and for auditors.</summary>
    public static Func<AccessCell, HttpStatusCode> Report(string role) =>
        cell => cell.IsAuditor || (cell.Role == role && cell.Own) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;

    /// <summary>
    /// A command: <paramref name="success"/> from the organisations the rules let send it, 403 from any other (not-a-party)
    /// and from auditors, who read but never act.
    /// </summary>
    public static Func<AccessCell, HttpStatusCode> SentBy(HttpStatusCode success, params string[] senders) =>
        cell => senders.Contains(cell.Organisation) ? success : HttpStatusCode.Forbidden;
}
