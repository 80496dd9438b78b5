package com.gauthconsole.system;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a URL names a host that machines outside its own network cannot reach: a loopback or private address, or a
 * single-label name that only a local resolver knows. Decided from the text alone; nothing is resolved.
 */
public final class InternalHosts {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private InternalHosts() {}

    public static boolean isInternal(String url) {
        String host = host(url);
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        if (IPV4.matcher(name).matches() || name.contains(":")) {
            return isInternalAddress(name);
        }
        return !name.contains(".");
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.replaceAll("^\\[|]$", "");
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }

    /** Only called with an IP literal, which {@link InetAddress#getByName} parses without asking DNS. */
    private static boolean isInternalAddress(String literal) {
        try {
            InetAddress address = InetAddress.getByName(literal);
            byte first = address.getAddress()[0];
            return address.isLoopbackAddress()
                    || address.isSiteLocalAddress()
                    || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress()
                    || (address.getAddress().length == 16 && (first & 0xfe) == 0xfc);
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
