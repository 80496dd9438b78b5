package com.gauthconsole.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gauthconsole.GauthConsoleApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The console started twice on one embedded database, as after a restore: its key files must be the ones the
 * database's data was made with, or it refuses to start and says what to restore.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServerKeysStartUpTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsItsFilesOwnerOnlyAndRefusesToStartWhenAKeyFileIsMissing(CapturedOutput output) throws Exception {
        start().close();
        assertThat(permissions(dataDir)).isEqualTo("rwx------");
        assertThat(permissions(dataDir.resolve("console.mv.db"))).isEqualTo("rw-------");
        assertThat(permissions(dataDir.resolve("keys"))).isEqualTo("rwx------");
        assertThat(permissions(dataDir.resolve("keys/encryption.key"))).isEqualTo("rw-------");
        assertThat(permissions(dataDir.resolve("keys/fingerprint.key"))).isEqualTo("rw-------");
        Path keyFile = dataDir.resolve("keys/encryption.key");
        byte[] original = Files.readAllBytes(keyFile);
        Files.delete(keyFile);

        assertThatThrownBy(this::start)
                .rootCause()
                .isInstanceOf(ServerKeyMismatch.class)
                .hasMessageContaining(keyFile.toAbsolutePath().toString())
                .hasMessageContaining("is missing")
                .hasMessageContaining("Restore");
        assertThat(keyFile).doesNotExist();
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START", "Restore the key files and the database");

        Files.write(keyFile, new byte[0]);
        assertThatThrownBy(this::start)
                .rootCause()
                .isInstanceOf(ServerKeyMismatch.class)
                .hasMessageContaining("damaged or empty");

        Files.write(keyFile, original);
        start().close();
    }

    @Test
    void refusesToStartWithAConfiguredKeyThatDiffersFromTheDatabases() throws Exception {
        start().close();
        String anotherKey = Base64.getEncoder().encodeToString(new byte[32]);

        assertThatThrownBy(() -> start("--console.secrets.fingerprint-key=" + anotherKey))
                .rootCause()
                .isInstanceOf(ServerKeyMismatch.class)
                .hasMessageContaining("CONSOLE_FINGERPRINT_KEY");
    }

    private ConfigurableApplicationContext start(String... more) {
        String[] arguments = {
            "--console.data-dir=" + dataDir,
            "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("console"),
            "--server.port=0",
            "--console.demo-users=false"
        };
        String[] all = new String[arguments.length + more.length];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        System.arraycopy(more, 0, all, arguments.length, more.length);
        return new SpringApplicationBuilder(GauthConsoleApplication.class).run(all);
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
