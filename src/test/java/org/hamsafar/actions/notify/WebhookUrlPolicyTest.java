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
}
