package com.gauthconsole.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A server key kept in a file beside the database rather than in it, so that a copy of the database alone reveals
 * nothing. Created on first start with owner-only permissions; read as it is on every later start.
 */
public final class KeyFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFile() {}

    public static byte[] loadOrCreate(Path file, int keyLengthBytes) {
        try {
            if (!Files.exists(file)) {
                create(file, keyLengthBytes);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    public static byte[] decode(String base64Key, String origin) {
        try {
            return Base64.getDecoder().decode(base64Key);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The key in " + origin + " is not valid Base64");
        }
    }

    private static void create(Path file, int keyLengthBytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] key = new byte[keyLengthBytes];
        RANDOM.nextBytes(key);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (posix) {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raceWithAnotherInstance) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
    }
}
