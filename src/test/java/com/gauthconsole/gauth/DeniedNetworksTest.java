package com.gauthconsole.gauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeniedNetworksTest {

    /** The defaults of console.gauth.denied-networks, as bound from an empty configuration. */
    private static final List<String> DEFAULTS =
            List.of("169.254.0.0/16", "fe80::/10", "fd00:ec2::254/128", "100.100.100.200/32");

    private final DeniedNetworks denied =
            new DeniedNetworks(new GauthProperties(Duration.ofSeconds(5), Duration.ofSeconds(30), DEFAULTS));

    @Test
    void deniesLinkLocalAndCloudMetadataAddressesOfIpv4AndIpv6() throws Exception {
        assertThat(denied.denies(InetAddress.getByName("169.254.169.254"))).isTrue();
        assertThat(denied.denies(InetAddress.getByName("::ffff:169.254.169.254")))
                .isTrue();
        assertThat(denied.denies(InetAddress.getByName("fe80::1"))).isTrue();
        assertThat(denied.denies(InetAddress.getByName("fd00:ec2::254"))).isTrue();
        assertThat(denied.denies(InetAddress.getByName("100.100.100.200"))).isTrue();
    }

    @Test
    void allowsPrivateNetworksAndLoopbackWhereGauthUsuallyLives() throws Exception {
        assertThat(denied.denies(InetAddress.getByName("10.20.30.40"))).isFalse();
        assertThat(denied.denies(InetAddress.getByName("192.168.1.10"))).isFalse();
        assertThat(denied.denies(InetAddress.getByName("172.16.0.5"))).isFalse();
        assertThat(denied.denies(InetAddress.getByName("127.0.0.1"))).isFalse();
        assertThat(denied.denies(InetAddress.getByName("::1"))).isFalse();
        assertThat(denied.denies(InetAddress.getByName("fd00:ec2::253"))).isFalse();
    }

    @Test
    void checksTheAddressAHostNameResolvesTo() throws Exception {
        var loopbackDenied = new DeniedNetworks(
                new GauthProperties(Duration.ofSeconds(5), Duration.ofSeconds(30), List.of("127.0.0.0/8", "::1/128")));

        assertThat(loopbackDenied.deniedAddressOf("localhost")).isPresent();
        assertThat(denied.deniedAddressOf("localhost")).isEmpty();
    }

    @Test
    void refusesANetworkThatIsNotInCidrNotation() {
        assertThatThrownBy(() -> new DeniedNetworks(
                        new GauthProperties(Duration.ofSeconds(5), Duration.ofSeconds(30), List.of("metadata/32"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
