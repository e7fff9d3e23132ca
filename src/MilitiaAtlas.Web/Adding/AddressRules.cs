using System.Net;
using System.Net.Sockets;

namespace MilitiaAtlas.Web.Adding;

/// <summary>
/// Which addresses a fetched URL may reach (docs/security.md, "Fetching a URL"): public unicast only. Refused: the
/// unspecified, loopback, private (RFC 1918), shared (100.64/10), link-local (169.254/16, fe80::/10, where cloud metadata
/// services answer), unique-local (fc00::/7), site-local, multicast, broadcast, documentation and reserved ranges, and
/// any IPv6 form that carries an IPv4 address (mapped, compatible, NAT64, 6to4) when that address is refused; Teredo
/// always.
/// </summary>
public static class AddressRules
{
    private static readonly (byte[] Prefix, int Bits)[] RefusedV4 =
    [
        ([0, 0, 0, 0], 8), ([10, 0, 0, 0], 8), ([100, 64, 0, 0], 10), ([127, 0, 0, 0], 8), ([169, 254, 0, 0], 16),
        ([172, 16, 0, 0], 12), ([192, 0, 0, 0], 24), ([192, 0, 2, 0], 24), ([192, 88, 99, 0], 24), ([192, 168, 0, 0], 16),
        ([198, 18, 0, 0], 15), ([198, 51, 100, 0], 24), ([203, 0, 113, 0], 24), ([224, 0, 0, 0], 4), ([240, 0, 0, 0], 4),
    ];

    private static readonly (byte[] Prefix, int Bits)[] RefusedV6 =
    [
        (new byte[16], 127), // :: and ::1
        ([0xfe, 0x80], 10), ([0xfe, 0xc0], 10), ([0xfc, 0x00], 7), ([0xff, 0x00], 8),
        ([0x01, 0x00, 0, 0, 0, 0, 0, 0], 64), ([0x20, 0x01, 0x0d, 0xb8], 32), ([0x20, 0x01, 0, 0], 32),
    ];

    /// <summary>Whether a fetch may connect to <paramref name="address"/>.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return !RefusedV4.Any(r => Matches(bytes, r.Prefix, r.Bits));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || RefusedV6.Any(r => Matches(bytes, r.Prefix, r.Bits)))
        {
            return false;
        }

        // IPv6 forms that carry an IPv4 address are as public as that address: IPv4-compatible (::/96), NAT64
        // (64:ff9b::/96) and 6to4 (2002::/16, the address in bytes 2-5).
        if (Matches(bytes, new byte[12], 96) || Matches(bytes, [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], 96))
        {
            return IsPublic(new IPAddress(bytes[12..16]));
        }

        return !(bytes[0] == 0x20 && bytes[1] == 0x02) || IsPublic(new IPAddress(bytes[2..6]));
    }

    private static bool Matches(byte[] address, byte[] prefix, int bits)
    {
        for (var i = 0; i < bits; i++)
        {
            var b = i / 8;
            var mask = 0x80 >> (i % 8);
            var want = b < prefix.Length ? prefix[b] & mask : 0;
            if ((address[b] & mask) != want)
            {
                return false;
            }
        }

        return true;
    }
}
