package com.gauthconsole.secondfactor;

import static com.gauthconsole.secondfactor.LocalAccount.giveCode;
import static com.gauthconsole.secondfactor.LocalAccount.location;
import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.GauthConsoleApplication;
import com.gauthconsole.security.Role;
import com.gauthconsole.testing.ConsoleSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The second factor on PostgreSQL: its tables, the replay guard's conditional update, the recovery codes, and two
 * requests that store a waiting secret at once.
 */
class SecondFactorOnPostgresTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void aCodeAndARecoveryCodeEachSignInOnce() throws Exception {
        try (ConfigurableApplicationContext console = start()) {
            JdbcTemplate jdbc = console.getBean(JdbcTemplate.class);
            String baseUrl = "http://localhost:"
                    + ((WebServerApplicationContext) console).getWebServer().getPort();
            LocalAccount lead = LocalAccount.create(jdbc, console.getBean(PasswordEncoder.class), baseUrl, Role.LEAD);
            LocalAccount.App app = lead.enrol(lead.withPassword());
            ConsoleSession first = lead.withPassword();
            ConsoleSession second = lead.withPassword();

            assertThat(location(giveCode(first, app.nextCode()))).endsWith("/");
            assertThat(giveCode(second, app.nextCode()).body()).contains("was used already");
            assertThat(location(giveCode(second, app.recoveryCodes().get(0)))).endsWith("/");
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM recovery_code WHERE username = ?", Integer.class, lead.username()))
                    .isEqualTo(9);
        }
    }

    @Test
    void twoFirstVisitsToTheEnrolmentAtOnceShowOneWaitingSecret() throws Exception {
        try (ConfigurableApplicationContext console = start()) {
            JdbcTemplate jdbc = console.getBean(JdbcTemplate.class);
            SecondFactors secondFactors = console.getBean(SecondFactors.class);
            String baseUrl = "http://localhost:"
                    + ((WebServerApplicationContext) console).getWebServer().getPort();
            ExecutorService visits = Executors.newFixedThreadPool(2);
            try {
                for (int user = 0; user < 20; user++) {
                    String username = LocalAccount.create(
                                    jdbc, console.getBean(PasswordEncoder.class), baseUrl, Role.OPERATOR)
                            .username();
                    CyclicBarrier together = new CyclicBarrier(2);
                    Callable<String> visit = () -> {
                        together.await();
                        return secondFactors
                                .pending(username)
                                .orElseThrow()
                                .secret()
                                .reveal();
                    };
                    Future<String> first = visits.submit(visit);
                    Future<String> second = visits.submit(visit);

                    assertThat(first.get()).isEqualTo(second.get());
                }
            } finally {
                visits.shutdownNow();
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(GauthConsoleApplication.class)
                .run(
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--server.port=0",
                        "--spring.main.banner-mode=off");
    }
}
