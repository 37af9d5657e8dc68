using System.Security.Cryptography;
using System.Text;

namespace Discharge.Domain.Statements;

/// <summary>
/// A statement's id follows from what it bills (NHS body, council, month), so that the month can be issued only once:
/// two requests racing to issue it both try to start the same stream, and the store lets one through.
/// </summary>
public static class StatementId
{
    public static Guid For(string nhsBody, string council, BillingMonth month)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"statement|{nhsBody}|{council}|{month}"));
        // A name-based UUID (RFC 9562 version 8: the layout is ours), so that it reads as a valid UUID anywhere.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
