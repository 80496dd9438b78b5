package com.gauthconsole.gauth;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The resolver GAuth connections use: the JVM's, refusing any answer in a denied network. The address a connection
 * is made to is the one checked, so a name that answers one address to an earlier check and another to the
 * connection (DNS rebinding) cannot lead a call into a denied network.
 */
final class CheckedAddressResolverGroup extends AddressResolverGroup<InetSocketAddress> {

    private final DeniedNetworks deniedNetworks;

    CheckedAddressResolverGroup(DeniedNetworks deniedNetworks) {
        this.deniedNetworks = deniedNetworks;
    }

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        return new InetNameResolver(executor) {
            @Override
            protected void doResolve(String host, Promise<InetAddress> promise) {
                try {
                    promise.setSuccess(allowed(host).get(0));
                } catch (UnknownHostException | DeniedAddress refused) {
                    promise.setFailure(refused);
                }
            }

            @Override
            protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
                try {
                    promise.setSuccess(allowed(host));
                } catch (UnknownHostException | DeniedAddress refused) {
                    promise.setFailure(refused);
                }
            }
        }.asAddressResolver();
    }

    private List<InetAddress> allowed(String host) throws UnknownHostException {
        List<InetAddress> addresses = Arrays.asList(InetAddress.getAllByName(host));
        for (InetAddress address : addresses) {
            if (deniedNetworks.denies(address)) {
                throw new DeniedAddress(address);
            }
        }
        return addresses;
    }

    /** A host resolved to an address in a denied network. */
    static final class DeniedAddress extends RuntimeException {

        private final InetAddress address;

        DeniedAddress(InetAddress address) {
            super("denied address " + address.getHostAddress(), null, false, false);
            this.address = address;
        }

        InetAddress address() {
            return address;
        }
    }
}
