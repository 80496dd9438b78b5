package com.gauthconsole.gauth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The networks no GAuth call may reach ({@code console.gauth.denied-networks}): by default link-local addresses and
 * cloud metadata services, which answer anyone on the machine with its credentials. A target's host is resolved and
 * checked when each call is made, so a name that later points somewhere else is caught too, and the connection's own
 * resolution checks the address it connects to again ({@link CheckedAddressResolverGroup}).
 */
@Component
public class DeniedNetworks {

    private final List<Network> networks;

    public DeniedNetworks(GauthProperties properties) {
        this.networks = properties.deniedNetworks().stream().map(Network::parse).toList();
    }

    /** The address {@code host} resolves to that lies in a denied network, if any. */
    public Optional<InetAddress> deniedAddressOf(String host) throws UnknownHostException {
        return Arrays.stream(InetAddress.getAllByName(host))
                .filter(this::denies)
                .findFirst();
    }

    public boolean denies(InetAddress address) {
        return networks.stream().anyMatch(network -> network.contains(address));
    }

    /** One network in CIDR notation, IPv4 or IPv6. */
    record Network(byte[] prefix, int bits) {

        static Network parse(String cidr) {
            String[] parts = cidr.strip().split("/", 2);
            if (!parts[0].matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("Not a network in CIDR notation: " + cidr);
            }
            try {
                // A literal address: resolved without asking DNS.
                byte[] prefix = InetAddress.getByName(parts[0]).getAddress();
                int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : prefix.length * 8;
                if (bits < 0 || bits > prefix.length * 8) {
                    throw new IllegalArgumentException("Prefix length out of range in " + cidr);
                }
                return new Network(prefix, bits);
            } catch (UnknownHostException | NumberFormatException notAnAddress) {
                throw new IllegalArgumentException("Not a network in CIDR notation: " + cidr, notAnAddress);
            }
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
