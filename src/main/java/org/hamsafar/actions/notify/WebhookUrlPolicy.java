package org.hamsafar.actions.notify;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which URLs webhooks may go to. A webhook makes this server send requests where an admin says, so
 * a URL must not reach into the network the server sits in (the database, a cloud metadata service,
 * the admin pages of a router): http or https only, a host, no user name or password in the URL,
 * and every address the host resolves to must be public, unless
 * {@code hamsafar.webhooks.allow-private-addresses=true} (for receivers on the same network).
 * The check runs when an endpoint is saved and again before every delivery, since what a name
 * resolves to can change.
 */
@Component
class WebhookUrlPolicy {
    static final int MAX_LENGTH = 2000;

    /** Looks up a host's addresses; a seam for tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Autowired
    WebhookUrlPolicy(@Value("${hamsafar.webhooks.allow-private-addresses:false}") boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    WebhookUrlPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Why {@code url} is refused, in words for the {@code url} field; empty when it is accepted. */
    Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("is required");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain a user name or password; the signature authenticates deliveries");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not contain a fragment (#...)");
        }
        return addressProblem(uri.getHost());
    }

    /** Why the host's addresses are refused; empty when all of them are allowed. */
    Optional<String> addressProblem(String host) {
        return check(host).problem();
    }

    /**
     * The outcome of one look-up of a host: the addresses it resolved to, all of them allowed, or
     * why they are refused (and no addresses). A sender connects to these very addresses, never to
     * the name, so that the name cannot resolve elsewhere between the check and the connection.
     */
    record Checked(List<InetAddress> addresses, Optional<String> problem) {
        static Checked refused(String problem) {
            return new Checked(List.of(), Optional.of(problem));
        }
    }

    /** Resolves {@code host} once and judges every address it resolves to. */
    Checked check(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return Checked.refused("has a host that cannot be resolved: " + bare);
        }
        if (addresses == null || addresses.length == 0) {
            return Checked.refused("has a host that cannot be resolved: " + bare);
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                String kind = privateKind(address);
                if (kind != null) {
                    return Checked.refused("resolves to " + address.getHostAddress() + ", a " + kind
                            + " address; webhooks go to public addresses only"
                            + " (hamsafar.webhooks.allow-private-addresses=true allows private ones)");
                }
            }
        }
        return new Checked(List.of(addresses), Optional.empty());
    }

    /** What kind of non-public address this is, or null for a public one. */
    static String privateKind(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "unspecified";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "private"; // carrier-grade NAT, RFC 6598
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "private"; // benchmarking networks, RFC 2544
            }
            if (first >= 240) {
                return "reserved";
            }
        } else if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "private"; // unique local, fc00::/7
            }
            if (isMappedIpv4(b) || isCompatibleIpv4(b) || isNat64(b)) {
                // An IPv4 address inside an IPv6 one reaches that IPv4 address (directly, or through a
                // NAT64 gateway of the server's own network): it is judged as that address.
                return embedded(b, 12);
            }
            if (isLocalNat64(b)) {
                return "private"; // local-use NAT64, 64:ff9b:1::/48 (RFC 8215): a translator of the server's own network
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return embedded(b, 2); // 6to4, 2002:AABB:CCDD::/48 carries AA.BB.CC.DD
            }
        }
        return null;
    }

    /** The kind of the IPv4 address at {@code b[from..from+3]}. */
    private static String embedded(byte[] b, int from) {
        try {
            return privateKind(InetAddress.getByAddress(new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]}));
        } catch (UnknownHostException e) {
            return "reserved";
        }
    }

    /** ::a.b.c.d, the deprecated IPv4-compatible form (:: and ::1 are caught as unspecified and loopback before). */
    private static boolean isCompatibleIpv4(byte[] b) {
        for (int i = 0; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** 64:ff9b::a.b.c.d, the well-known NAT64 prefix (RFC 6052). */
    private static boolean isNat64(byte[] b) {
        if (b[0] != 0 || (b[1] & 0xff) != 0x64 || (b[2] & 0xff) != 0xff || (b[3] & 0xff) != 0x9b) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** 64:ff9b:1::/48. */
    private static boolean isLocalNat64(byte[] b) {
        return b[0] == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && b[4] == 0 && b[5] == 1;
    }

    /** ::ffff:a.b.c.d, an IPv4 address written as IPv6 (Java usually hands those back as IPv4 already). */
    private static boolean isMappedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
