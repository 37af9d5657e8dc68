using System.Security.Cryptography;
using System.Text;

namespace Discharge.Domain;

/// <summary>
/// An id that follows from a name (a statement's NHS body, council and month, say), so that what may exist once has one
/// id: two requests racing to create it both try to start the same stream, and the store lets one through.
/// </summary>
public static class NameBasedGuid
{
    public static Guid Of(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        // A name-based UUID (RFC 9562 version 8: the layout is ours), so that it reads as a valid UUID anywhere.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
