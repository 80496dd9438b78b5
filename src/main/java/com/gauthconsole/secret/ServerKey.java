package com.gauthconsole.secret;

import java.nio.file.Path;
import org.springframework.util.StringUtils;

/**
 * Where one server key comes from: a Base64 value from configuration, else a key file generated on first start.
 *
 * @param name the key's name in the database's check table, e.g. {@code encryption}
 * @param configured the configured Base64 value, or empty
 * @param setting the setting and environment variable that configure it, for messages
 * @param file the key file used when nothing is configured
 * @param lengthBytes the length of a generated key
 */
public record ServerKey(String name, String configured, String setting, Path file, int lengthBytes) {

    public boolean isConfigured() {
        return StringUtils.hasText(configured);
    }

    public String origin() {
        return isConfigured() ? setting : "the key file " + file.toAbsolutePath();
    }

    @Override
    public String toString() {
        return "ServerKey[" + name + " from " + origin() + "]";
    }
}
