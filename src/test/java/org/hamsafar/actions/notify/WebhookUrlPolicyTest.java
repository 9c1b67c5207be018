package org.hamsafar.actions.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which webhook URLs are refused, and why, with and without private addresses allowed. */
class WebhookUrlPolicyTest {
    /** Names resolve from this table only: the tests need no DNS. */
    private static final Map<String, String> DNS = Map.of(
            "hooks.example.com", "93.184.216.34",
            "intranet.example.com", "10.20.30.40",
            "metadata.example.com", "169.254.169.254");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address != null) {
            return new InetAddress[] {InetAddress.getByName(address)};
        }
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    }

    private final WebhookUrlPolicy strict = new WebhookUrlPolicy(false, WebhookUrlPolicyTest::resolve);
    private final WebhookUrlPolicy lenient = new WebhookUrlPolicy(true, WebhookUrlPolicyTest::resolve);

    @Test
    void onlyHttpAndHttpsAreAccepted() {
        assertThat(strict.problem("ftp://hooks.example.com/in")).contains("must be an http or https URL");
        assertThat(strict.problem("file:///etc/passwd")).contains("must be an http or https URL");
        assertThat(strict.problem("hooks.example.com/in")).contains("must be an http or https URL");
        assertThat(strict.problem("https://hooks.example.com/in")).isEmpty();
        assertThat(strict.problem("HTTP://hooks.example.com:8443/in?x=1")).isEmpty();
    }

    @Test
    void loopbackPrivateAndIpv6LoopbackAddressesAreRefusedByDefault() {
        assertThat(strict.problem("http://127.0.0.1/hook")).hasValueSatisfying(p -> assertThat(p).contains("127.0.0.1", "loopback"));
        assertThat(strict.problem("http://10.0.0.1/hook")).hasValueSatisfying(p -> assertThat(p).contains("10.0.0.1", "private"));
        assertThat(strict.problem("http://[::1]/hook")).hasValueSatisfying(p -> assertThat(p).contains("loopback"));
        assertThat(strict.problem("http://192.168.1.20/")).hasValueSatisfying(p -> assertThat(p).contains("private"));
        assertThat(strict.problem("http://172.16.5.4/")).hasValueSatisfying(p -> assertThat(p).contains("private"));
        assertThat(strict.problem("http://0.0.0.0/")).hasValueSatisfying(p -> assertThat(p).contains("unspecified"));
        assertThat(strict.problem("http://224.0.0.1/")).hasValueSatisfying(p -> assertThat(p).contains("multicast"));
        assertThat(strict.problem("http://100.64.0.1/")).hasValueSatisfying(p -> assertThat(p).contains("private"));
        assertThat(strict.problem("http://[fd00::1]/")).hasValueSatisfying(p -> assertThat(p).contains("private"));
        assertThat(strict.problem("http://[fe80::1]/")).hasValueSatisfying(p -> assertThat(p).contains("link-local"));
        assertThat(strict.problem("http://[::]/")).hasValueSatisfying(p -> assertThat(p).contains("unspecified"));
    }

    @Test
    void aNameIsJudgedByTheAddressesItResolvesTo() {
        assertThat(strict.problem("https://intranet.example.com/hook"))
                .hasValueSatisfying(p -> assertThat(p).contains("resolves to 10.20.30.40, a private address"));
        assertThat(strict.problem("http://metadata.example.com/latest"))
                .hasValueSatisfying(p -> assertThat(p).contains("169.254.169.254", "link-local"));
        assertThat(strict.problem("https://nowhere.invalid/hook"))
                .contains("has a host that cannot be resolved: nowhere.invalid");
    }

    @Test
    void credentialsInTheUrlAndMissingHostsAreRefused() {
        assertThat(strict.problem("https://user:secret@hooks.example.com/in"))
                .hasValueSatisfying(p -> assertThat(p).startsWith("must not contain a user name or password"));
        assertThat(strict.problem("https:///in")).contains("must name a host");
        assertThat(strict.problem("https://hooks.example.com/in#part")).contains("must not contain a fragment (#...)");
        assertThat(strict.problem("")).contains("is required");
        assertThat(strict.problem("https://hooks.example.com/" + "a".repeat(2000))).contains("must be at most 2000 characters");
    }

    @Test
    void privateAddressesPassWhenTheAdminAllowsThem() {
        assertThat(lenient.problem("http://127.0.0.1:8080/hook")).isEmpty();
        assertThat(lenient.problem("http://10.0.0.1/hook")).isEmpty();
        assertThat(lenient.problem("http://[::1]/hook")).isEmpty();
        assertThat(lenient.problem("https://intranet.example.com/hook")).isEmpty();
        // The other rules still hold.
        assertThat(lenient.problem("ftp://10.0.0.1/")).contains("must be an http or https URL");
        assertThat(lenient.problem("http://a:b@127.0.0.1/")).isPresent();
    }

    @Test
    void publicAddressesAreAccepted() throws Exception {
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("93.184.216.34"))).isNull();
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("2606:2800:220:1:248:1893:25c8:1946"))).isNull();
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("127.8.9.10"))).isEqualTo("loopback");
        Optional<String> problem = strict.problem("https://93.184.216.34/hook");
        assertThat(problem).isEmpty();
    }

    @Test
    void ipv4AddressesInsideIpv6AddressesAreJudgedAsTheEmbeddedIpv4Address() throws Exception {
        // NAT64, 64:ff9b::/96: 64:ff9b::7f00:1 is 127.0.0.1 behind the network's translator.
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("64:ff9b::7f00:1"))).isEqualTo("loopback");
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("64:ff9b::a9fe:a9fe"))).isEqualTo("link-local");
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("64:ff9b::10.1.2.3"))).isEqualTo("private");
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("64:ff9b::5db8:d822"))).isNull(); // 93.184.216.34
        // Local-use NAT64, 64:ff9b:1::/48, is a translator of the server's own network whatever it embeds.
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("64:ff9b:1::5db8:d822"))).isEqualTo("private");
        // 6to4, 2002:AABB:CCDD::/48 carries AA.BB.CC.DD.
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("2002:c0a8:0101::1"))).isEqualTo("private"); // 192.168.1.1
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("2002:7f00:0001::"))).isEqualTo("loopback");
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("2002:a9fe:a9fe::1"))).isEqualTo("link-local");
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("2002:5db8:d822::1"))).isNull();
        // IPv4-compatible, ::a.b.c.d.
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("::10.0.0.1"))).isEqualTo("private");
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("::127.0.0.1"))).isEqualTo("loopback");
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("::169.254.169.254"))).isEqualTo("link-local");
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("::93.184.216.34"))).isNull();
        // Still as before: mapped ::ffff:a.b.c.d (Java hands it back as IPv4) and :: and ::1.
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("::ffff:10.0.0.1"))).isEqualTo("private");
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("::"))).isEqualTo("unspecified");
        assertThat(WebhookUrlPolicy.privateKind(InetAddress.getByName("::1"))).isEqualTo("loopback");
        // And through a URL, with the reason named.
        assertThat(strict.problem("http://[64:ff9b::7f00:1]/hook"))
                .hasValueSatisfying(p -> assertThat(p).contains("64:ff9b:0:0:0:0:7f00:1", "loopback"));
        assertThat(strict.problem("http://[2002:a00:1::]/hook")).hasValueSatisfying(p -> assertThat(p).contains("private"));
        assertThat(strict.problem("http://[::a00:1]/hook")).hasValueSatisfying(p -> assertThat(p).contains("private"));
        assertThat(strict.problem("http://[2002:5db8:d822::1]/hook")).isEmpty();
    }

    @Test
    void aCheckHandsBackTheAddressesItJudged() throws Exception {
        WebhookUrlPolicy.Checked checked = strict.check("hooks.example.com");
        assertThat(checked.problem()).isEmpty();
        assertThat(checked.addresses()).containsExactly(InetAddress.getByName("93.184.216.34"));
        WebhookUrlPolicy.Checked refused = strict.check("intranet.example.com");
        assertThat(refused.problem()).isPresent();
        assertThat(refused.addresses()).isEmpty();
        assertThat(lenient.check("intranet.example.com").addresses()).containsExactly(InetAddress.getByName("10.20.30.40"));
    }
}
