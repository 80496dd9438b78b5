package com.gauthconsole.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.gauthconsole.security.Role;
import com.gauthconsole.testing.ConsoleSession;
import com.gauthconsole.testing.GauthSimulatorClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's API walk-through, run as a new user would: the demo operator makes a token on the page, and the
 * README's own lines (between its {@code api-walk-through} markers, with that token and this console's port) provision
 * a customer against a fresh simulator with {@code curl} and {@code jq}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiWalkThroughTest {

    private static final String START = "<!-- api-walk-through -->";
    private static final String END = "<!-- /api-walk-through -->";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path directory;

    @Test
    void theReadmesCurlCommandsProvisionACustomerWithATokenMadeOnThePage() throws Exception {
        assumeTrue(installed("curl") && installed("jq"), "curl and jq are needed to run the walk-through");
        String baseUrl = "http://localhost:" + port;
        new GauthSimulatorClient(port).reset();
        ConsoleSession operator = new ConsoleSession(baseUrl);
        operator.signIn("operator", "operator");
        String token = new ApiUser("operator", 0, operator, baseUrl).createToken("walk-through", Role.OPERATOR);

        String script = walkThrough().replace("http://localhost:8080", baseUrl).replace("<your token>", token);
        Path file = directory.resolve("walk-through.sh");
        Files.writeString(file, "set -euo pipefail\n" + script);
        Process bash = new ProcessBuilder("bash", file.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(bash.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(bash.exitValue()).as(output).isZero();
        String ccid = jdbc.queryForObject(
                "SELECT contact_center_id FROM provisioning_run WHERE started_by = 'operator' AND status = 'SUCCEEDED'"
                        + " AND customer_domain = 'acme.com' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                String.class);
        assertThat(output)
                .contains("Built-in simulator", "\"status\": \"SUCCEEDED\"", "\"contactCenterId\": \"" + ccid + "\"");
    }

    private static String walkThrough() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END));
        return section.replace("```bash", "").replace("```", "");
    }

    private static boolean installed(String command) throws Exception {
        return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
    }
}
