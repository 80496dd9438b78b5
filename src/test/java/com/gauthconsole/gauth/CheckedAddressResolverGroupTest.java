package com.gauthconsole.gauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ImmediateEventExecutor;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resolution a GAuth connection itself makes refuses a denied address, whatever an earlier check saw. */
class CheckedAddressResolverGroupTest {

    @Test
    void refusesToConnectToAnAddressInADeniedNetwork() {
        Future<InetSocketAddress> resolved = resolve(List.of("127.0.0.0/8", "::1/128"), "localhost");

        assertThat(resolved.isSuccess()).isFalse();
        assertThat(resolved.cause()).isInstanceOf(CheckedAddressResolverGroup.DeniedAddress.class);
    }

    @Test
    void resolvesAnAllowedNameToTheAddressTheConnectionUses() {
        Future<InetSocketAddress> resolved = resolve(List.of("169.254.0.0/16"), "localhost");

        assertThat(resolved.isSuccess()).isTrue();
        assertThat(resolved.getNow().getAddress().isLoopbackAddress()).isTrue();
        assertThat(resolved.getNow().getPort()).isEqualTo(8080);
    }

    private static Future<InetSocketAddress> resolve(List<String> denied, String host) {
        DeniedNetworks networks =
                new DeniedNetworks(new GauthProperties(Duration.ofSeconds(5), Duration.ofSeconds(30), denied));
        return new CheckedAddressResolverGroup(networks)
                .getResolver(ImmediateEventExecutor.INSTANCE)
                .resolve(InetSocketAddress.createUnresolved(host, 8080))
                .awaitUninterruptibly();
    }
}
