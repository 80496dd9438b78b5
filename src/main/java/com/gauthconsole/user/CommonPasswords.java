package com.gauthconsole.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Passwords people choose most often, which a guesser tries first: the 10,000 most common of 12 characters or more
 * (shorter ones are refused by their length already) from the "10 million password list top 1M" of SecLists
 * ({@code passwords/common-passwords.txt}; source and licence in the README next to it). Compared without regard to
 * case, since a capital letter is the first variation a guesser tries.
 */
final class CommonPasswords {

    private static final String LIST = "/passwords/common-passwords.txt";

    private CommonPasswords() {}

    static boolean contains(String password) {
        return Loaded.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    /** Read on first use, once. */
    private static final class Loaded {
        static final Set<String> PASSWORDS = read();

        private static Set<String> read() {
            try (InputStream list = CommonPasswords.class.getResourceAsStream(LIST)) {
                if (list == null) {
                    throw new IllegalStateException("The list of common passwords is missing: " + LIST);
                }
                return new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))
                        .lines()
                        .map(line -> line.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the list of common passwords " + LIST, e);
            }
        }
    }
}
