package com.gauthconsole.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A server key kept in a file beside the database rather than in it, so that a copy of the database alone reveals
 * nothing. {@link ServerKeys} decides when one may be created: only for a database that holds nothing made with it.
 */
final class KeyFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFile() {}

    static byte[] read(Path file) {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file, e);
        }
    }

    static byte[] decode(String base64Key, String origin) {
        try {
            return Base64.getDecoder().decode(base64Key);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The key in " + origin + " is not valid Base64");
        }
    }

    /** Writes a new random key, readable by its owner only; another instance creating it first wins. */
    static void create(Path file, int keyLengthBytes) {
        byte[] key = new byte[keyLengthBytes];
        RANDOM.nextBytes(key);
        try {
            PrivateFiles.createDirectories(file.toAbsolutePath().getParent());
            PrivateFiles.createFile(file);
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException createdByAnotherInstance) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the key file " + file, e);
        }
    }
}
