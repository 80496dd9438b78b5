package com.gauthconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.GauthConsoleApplication;
import com.gauthconsole.security.Role;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** API tokens on PostgreSQL: their table, a call with one (counted in the limiter's table) and its revocation. */
class ApiTokensOnPostgresTest {

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
    void aTokenCallsTheApiUntilItIsRevoked() throws Exception {
        try (ConfigurableApplicationContext console = new SpringApplicationBuilder(GauthConsoleApplication.class)
                .run(
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--server.port=0",
                        "--spring.main.banner-mode=off")) {
            JdbcTemplate jdbc = console.getBean(JdbcTemplate.class);
            String baseUrl = "http://localhost:"
                    + ((WebServerApplicationContext) console).getWebServer().getPort();
            ApiUser operator = ApiUser.create(jdbc, console.getBean(PasswordEncoder.class), baseUrl, Role.OPERATOR);
            String token = operator.createToken("on postgres", Role.OPERATOR);

            assertThat(ApiUser.get(baseUrl, token, "/api/v1/targets").statusCode())
                    .isEqualTo(200);

            long id = jdbc.queryForObject("SELECT id FROM api_token WHERE name = 'on postgres'", Long.class);
            operator.pages().open("/account/api-tokens");
            operator.pages().post("/account/api-tokens/" + id + "/revoke", Map.of());
            assertThat(ApiUser.get(baseUrl, token, "/api/v1/targets").statusCode())
                    .isEqualTo(401);
        }
    }
}
