package com.gauthconsole.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.ConsoleSession;
import com.gauthconsole.testing.DatabaseContent;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What is typed into the sign-in form is checked and forgotten: it never reaches the database-backed session. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TypedSignInPasswordTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusedPasswordIsNotKeptInTheSessionTable() throws Exception {
        ConsoleSession browser = new ConsoleSession("http://localhost:" + port);
        String typed = "typed-by-mistake-Qx7";

        HttpResponse<String> refused = browser.tryToSignIn("operator", typed);
        HttpResponse<String> loginPage = browser.get("/login?error");

        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(url -> assertThat(url).endsWith("/login?error"));
        assertThat(loginPage.body())
                .contains("The user name or password is not right")
                .doesNotContain(typed);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session_attributes")
                        .query(Long.class)
                        .single())
                .as("the session holding the CSRF token is in the database")
                .isPositive();
        assertThat(DatabaseContent.of(dataSource)).doesNotContain(typed);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session_attributes WHERE attribute_name LIKE '%EXCEPTION%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aLockedUserNameIsToldSoWithoutKeepingThePassword() throws Exception {
        ConsoleSession browser = new ConsoleSession("http://localhost:" + port);
        String typed = "another-typed-Vb4";
        HttpResponse<String> last = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            last = browser.tryToSignIn("nobody-by-this-name", typed + attempt);
        }

        assertThat(last.headers().firstValue("Location"))
                .hasValueSatisfying(url -> assertThat(url).endsWith("/login?locked"));
        assertThat(DatabaseContent.of(dataSource)).doesNotContain(typed);
    }
}
