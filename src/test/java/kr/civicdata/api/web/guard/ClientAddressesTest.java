package kr.civicdata.api.web.guard;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which address a request is counted against, with and without trusted proxies. */
class ClientAddressesTest {

    private final ClientAddresses untrusting = new ClientAddresses(List.of());
    private final ClientAddresses behindProxies = new ClientAddresses(List.of("10.0.0.0/8", "192.0.2.10", "fd00::/8"));

    @Test
    void should_ignore_x_forwarded_for_without_trusted_proxies() {
        assertEquals("203.0.113.7", untrusting.clientKey("203.0.113.7", List.of("198.51.100.1")));
    }

    @Test
    void should_key_a_peer_the_same_through_the_shortcut_for_canonical_ipv4_and_the_full_parse() {
        // The shortcut takes canonical IPv4 text as it is; anything else goes through the parse, which must agree.
        assertTrue(ClientAddresses.isCanonicalIpv4("203.0.113.7"));
        assertTrue(ClientAddresses.isCanonicalIpv4("0.0.0.0"));
        assertTrue(ClientAddresses.isCanonicalIpv4("255.255.255.255"));
        for (String other : List.of("256.1.1.1", "1.2.3", "1.2.3.4.", "1.2.3.4.5", "01.2.3.4", "1..2.3", ".1.2.3",
                "1234.1.1.1", "::1", "::ffff:203.0.113.7", "1.2.3.a", "")) {
            assertFalse(ClientAddresses.isCanonicalIpv4(other), other);
        }
        assertEquals("203.0.113.7", untrusting.clientKey("::ffff:203.0.113.7", List.of()));
        assertEquals("2001:db8:1:2::/64", untrusting.clientKey("2001:db8:1:2:3:4:5:6", List.of()));
        assertEquals("203.0.113.7", behindProxies.clientKey("203.0.113.7", List.of()));
    }

    @Test
    void should_ignore_x_forwarded_for_from_a_peer_that_is_not_trusted() {
        assertEquals("203.0.113.7", behindProxies.clientKey("203.0.113.7", List.of("198.51.100.1")));
    }

    @Test
    void should_take_the_right_most_untrusted_address_from_a_trusted_proxy() {
        // The client wrote 1.2.3.4 itself; the first proxy appended the real client, the second the first proxy.
        assertEquals("198.51.100.1",
                behindProxies.clientKey("10.1.2.3", List.of("1.2.3.4, 198.51.100.1, 10.9.9.9")));
        assertEquals("198.51.100.1", behindProxies.clientKey("192.0.2.10", List.of("1.2.3.4", "198.51.100.1")));
    }

    @Test
    void should_take_the_left_most_address_when_every_hop_is_trusted() {
        assertEquals("10.0.0.1", behindProxies.clientKey("10.0.0.2", List.of("10.0.0.1")));
    }

    @Test
    void should_stop_at_an_entry_that_is_not_an_address() {
        assertEquals("10.9.9.9", behindProxies.clientKey("10.1.2.3", List.of("evil.example, 10.9.9.9")));
        assertEquals("198.51.100.1", behindProxies.clientKey("10.1.2.3", List.of("<script>, 198.51.100.1")));
    }

    @Test
    void should_read_addresses_with_ports_and_brackets() {
        assertEquals("198.51.100.1", behindProxies.clientKey("10.1.2.3", List.of("198.51.100.1:5100")));
        assertEquals("2001:db8:1:2::/64", behindProxies.clientKey("10.1.2.3", List.of("[2001:db8:1:2::7]:443")));
    }

    @Test
    void should_count_an_ipv6_client_by_its_64_bit_network() {
        assertEquals("2001:db8:1:2::/64", untrusting.clientKey("2001:db8:1:2:aaaa::1", List.of()));
        assertEquals("2001:db8:1:2::/64", untrusting.clientKey("2001:db8:1:2:bbbb::2", List.of()));
        assertEquals("fd00:1::/64", behindProxies.clientKey("fd12::1", List.of("fd00:1::9")));
    }

    @Test
    void should_treat_an_ipv4_mapped_address_as_ipv4() {
        assertEquals("10.0.0.1", behindProxies.clientKey("::ffff:10.0.0.2", List.of("10.0.0.1")));
        assertEquals("203.0.113.7", untrusting.clientKey("::ffff:203.0.113.7", List.of()));
    }

    @Test
    void should_match_cidr_ranges_on_any_prefix_length() {
        ClientAddresses odd = new ClientAddresses(List.of("192.0.2.0/25"));
        assertEquals("198.51.100.1", odd.clientKey("192.0.2.127", List.of("198.51.100.1")));
        assertEquals("192.0.2.128", odd.clientKey("192.0.2.128", List.of("198.51.100.1")));
    }

    @Test
    void should_refuse_host_names_and_bad_prefixes_in_the_configuration() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of("proxy.example")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of("10.0.0.0/x")));
    }
}
