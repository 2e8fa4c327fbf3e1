package kr.civicdata.api.web.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.netty.util.NetUtil;

/**
 * Which client a request comes from, for rate limiting. Without trusted proxies it is the TCP peer, whatever the
 * request says. When the peer is a trusted proxy, {@code X-Forwarded-For} is read from the right: each trusted proxy
 * appended the address it received the request from, so the right-most address that is not a trusted proxy is the
 * client; anything to its left was written by the client and is ignored.
 *
 * <p>
 * An IPv6 client is its /64 network: one subscriber usually holds a whole /64 and could otherwise take a new bucket
 * with every address.
 */
final class ClientAddresses {

    private final List<Cidr> trustedProxies;

    /**
     * @param trustedProxies addresses ({@code 10.0.0.7}, {@code ::1}) or CIDR ranges ({@code 10.0.0.0/8},
     *        {@code fd00::/8}); host names are refused, since resolving them would block
     */
    public ClientAddresses(List<String> trustedProxies) {
        List<Cidr> parsed = new ArrayList<>();
        for (String entry : trustedProxies) {
            if (!entry.isBlank()) {
                parsed.add(Cidr.parse(entry.strip()));
            }
        }
        this.trustedProxies = List.copyOf(parsed);
    }

    /**
     * The key of the client's bucket.
     *
     * @param peer the address of the TCP peer, as text
     * @param forwardedFor every {@code X-Forwarded-For} header of the request, in order
     */
    public String clientKey(String peer, List<String> forwardedFor) {
        if (trustedProxies.isEmpty() && peer != null && isCanonicalIpv4(peer)) {
            return peer; // the common case, on every request: the key is the peer's address as it is
        }
        byte[] address = parse(peer);
        if (address == null) {
            return String.valueOf(peer); // not an IP connection (a Unix socket): one client
        }
        if (!trusted(address) || forwardedFor.isEmpty()) {
            return key(address);
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            hops.addAll(Arrays.asList(header.split(",")));
        }
        byte[] client = address;
        for (int i = hops.size() - 1; i >= 0; i--) {
            byte[] hop = parse(stripPort(hops.get(i).strip()));
            if (hop == null) {
                break; // not an address: the last one that was is the client
            }
            client = hop;
            if (!trusted(hop)) {
                break;
            }
        }
        return key(client);
    }

    private boolean trusted(byte[] address) {
        for (Cidr cidr : trustedProxies) {
            if (cidr.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static String key(byte[] address) {
        if (address.length == 4) {
            return NetUtil.bytesToIpAddress(address);
        }
        byte[] network = Arrays.copyOf(address, 16);
        Arrays.fill(network, 8, 16, (byte) 0);
        return NetUtil.bytesToIpAddress(network) + "/64";
    }

    /** {@code 203.0.113.7:5100} and {@code [2001:db8::1]:443} as they appear in proxies' headers, without the port. */
    private static String stripPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        if (colon > 0 && colon == hop.lastIndexOf(':')) {
            return hop.substring(0, colon);
        }
        return hop;
    }

    /** Four decimal numbers 0-255 without leading zeros, dot-separated: {@code key} would give the same text back. */
    static boolean isCanonicalIpv4(String text) {
        int parts = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int start = i;
            int value = 0;
            while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9' && i - start < 3) {
                value = value * 10 + text.charAt(i) - '0';
                i++;
            }
            int digits = i - start;
            if (digits == 0 || value > 255 || digits > 1 && text.charAt(start) == '0') {
                return false;
            }
            parts++;
            if (i == length) {
                break;
            }
            if (text.charAt(i) != '.' || parts == 4) {
                return false;
            }
            i++;
            if (i == length) {
                return false;
            }
        }
        return parts == 4;
    }

    /** An IP literal's bytes (4 for IPv4, also when written as IPv4-mapped IPv6), or null; never a DNS lookup. */
    static byte[] parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(text);
        if (bytes != null && bytes.length == 16 && isIpv4Mapped(bytes)) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    /** An address range: the network's bytes and the length of its prefix in bits. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            byte[] address = ClientAddresses.parse(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("app.rate-limit.trusted-proxies: '" + text
                        + "' is not an IP address or CIDR range (host names are not resolved)");
            }
            int bits = address.length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (address.length == 4 && text.indexOf(':') >= 0 && prefix >= 96) {
                    prefix -= 96; // ::ffff:10.0.0.0/104 is 10.0.0.0/8
                }
                if (prefix < 0 || prefix > bits) {
                    throw new IllegalArgumentException("app.rate-limit.trusted-proxies: '" + text
                            + "' has a prefix length outside 0-" + bits);
                }
            }
            return new Cidr(address, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
