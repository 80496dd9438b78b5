package com.gauthconsole.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    private final SecretBox box = new SecretBox(new byte[32]);

    @Test
    void sealsSoThatOnlyTheSameContextOpensIt() {
        String sealed = box.seal(Secret.of("client-secret-value"), "run 1 CLIENT_SECRET");

        assertThat(sealed).doesNotContain("client-secret-value");
        assertThat(box.open(sealed, "run 1 CLIENT_SECRET")).isEqualTo(Secret.of("client-secret-value"));
        assertThatThrownBy(() -> box.open(sealed, "run 2 CLIENT_SECRET")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sealsTheSameSecretDifferentlyEachTime() {
        assertThat(box.seal(Secret.of("same"), "c")).isNotEqualTo(box.seal(Secret.of("same"), "c"));
    }

    @Test
    void refusesToOpenWithAnotherKey() {
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        String sealed = box.seal(Secret.of("value"), "c");

        assertThatThrownBy(() -> new SecretBox(otherKey).open(sealed, "c")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void createsTheKeyFileOnceWithOwnerOnlyPermissions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/encryption.key");

        KeyFile.create(file, 32);
        byte[] first = KeyFile.read(file);
        KeyFile.create(file, 32);

        assertThat(first).hasSize(32).isEqualTo(KeyFile.read(file));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }
}
