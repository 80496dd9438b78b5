package com.gauthconsole.secret;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the server keys and holds each to the database it serves. The database keeps one check value per key (an
 * HMAC of a fixed text under the key, which reveals nothing of it); a key that gives another value, or a key file
 * missing while a check value exists, stops the start-up with a message that says what to restore. A key file is
 * generated only for a database that has never seen that key.
 */
@Component
public class ServerKeys {

    private static final String CHECKED_TEXT = "GAuth Provisioning Console key check: ";
    private static final int CHECK_BYTES = 16;

    private final JdbcClient jdbc;
    private final Clock clock;

    public ServerKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The key's bytes, once it is known to be the key this database's data was made with. */
    public byte[] load(ServerKey key) {
        Optional<String> recorded = recordedCheck(key);
        byte[] value = read(key, recorded.isPresent());
        if (value.length < key.lengthBytes()) {
            throw new ServerKeyMismatch("The " + key.name() + " key from " + key.origin() + " holds " + value.length
                    + " bytes where " + key.lengthBytes() + " are needed: it is damaged or empty. Restore it from the"
                    + " backup taken together with the database.");
        }
        String check = checkValue(key, value);
        if (recorded.isEmpty()) {
            record(key, check);
        } else if (!recorded.get().equals(check)) {
            throw mismatch(key);
        }
        return value;
    }

    private byte[] read(ServerKey key, boolean databaseKnowsTheKey) {
        if (key.isConfigured()) {
            return KeyFile.decode(key.configured(), key.setting());
        }
        if (!Files.exists(key.file())) {
            if (databaseKnowsTheKey) {
                throw new ServerKeyMismatch(
                        "The " + key.name() + " key file " + key.file().toAbsolutePath()
                                + " is missing, but this database holds data made with it. Restore that file from the backup"
                                + " taken together with the database (or set " + key.setting() + " to the key the other"
                                + " instances use); a new key would make the sealed secrets unreadable.");
            }
            KeyFile.create(key.file(), key.lengthBytes());
        }
        return KeyFile.read(key.file());
    }

    private void record(ServerKey key, String check) {
        try {
            jdbc.sql("INSERT INTO key_check (name, check_value, recorded_at) VALUES (?, ?, ?)")
                    .params(key.name(), check, clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException recordedByAnotherInstance) {
            if (!recordedCheck(key).orElseThrow().equals(check)) {
                throw mismatch(key);
            }
        }
    }

    private Optional<String> recordedCheck(ServerKey key) {
        return jdbc.sql("SELECT check_value FROM key_check WHERE name = ?")
                .param(key.name())
                .query(String.class)
                .optional();
    }

    private static ServerKeyMismatch mismatch(ServerKey key) {
        return new ServerKeyMismatch("The " + key.name() + " key from " + key.origin() + " is not the key this"
                + " database's data was made with. Restore the key from the backup taken together with the database,"
                + " or give every instance the same " + key.setting() + ".");
    }

    private static String checkValue(ServerKey key, byte[] value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(value, "HmacSHA256"));
            byte[] digest = mac.doFinal((CHECKED_TEXT + key.name()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, CHECK_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
