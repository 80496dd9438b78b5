package com.gauthconsole.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether the console believes X-Forwarded-Proto and X-Forwarded-For depends on who sends them: a configured
 * trusted proxy (the tests' own address, 127.0.0.1) or anybody else.
 */
class ForwardedHeadersTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** The production profile behind a TLS proxy at 127.0.0.1. */
    @Nested
    @SpringBootTest(
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {
                "spring.profiles.active=postgres",
                "CONSOLE_DB_URL=jdbc:h2:mem:behind-proxy;DB_CLOSE_DELAY=-1",
                "CONSOLE_DB_USER=sa",
                "CONSOLE_DB_PASSWORD=",
                "CONSOLE_TRUSTED_PROXIES=127\\.0\\.0\\.1",
                "console.bootstrap-admin.username=root",
                "console.bootstrap-admin.password=a-long-root-password"
            })
    class BehindATrustedTlsProxy {

        @LocalServerPort
        int port;

        @Autowired
        JdbcClient jdbc;

        @Test
        void marksTheSessionCookieSecureAndSendsHstsForRequestsThatCameOverHttps() throws Exception {
            HttpResponse<String> overHttps = get(port, "/login", "X-Forwarded-Proto", "https");
            HttpResponse<String> unmarked = get(port, "/login");

            assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
            assertThat(overHttps.headers().allValues("Set-Cookie"))
                    .anySatisfy(
                            cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure"));
        }

        @Test
        void countsFailedSignInsAgainstTheClientAddressTheProxyForwarded() throws Exception {
            failSignIn(port, "someone", "203.0.113.7");

            assertThat(addressSubjects(jdbc)).contains(sha256("203.0.113.7")).doesNotContain(sha256("127.0.0.1"));
        }
    }

    /** The embedded default, where no proxy is trusted. */
    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class WithoutTrustedProxies {

        @LocalServerPort
        int port;

        @Autowired
        JdbcClient jdbc;

        @Test
        void keepsMetricsAndPagesFromAnonymousVisitorsOnTheMainPort() throws Exception {
            assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(302);
            assertThat(get(port, "/admin/users").statusCode()).isEqualTo(302);
        }

        @Test
        void ignoresAForwardedProtocolFromAnUntrustedSender() throws Exception {
            HttpResponse<String> claimed = get(port, "/login", "X-Forwarded-Proto", "https");

            assertThat(claimed.headers().firstValue("Strict-Transport-Security"))
                    .isEmpty();
            assertThat(claimed.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("Secure"));
        }

        @Test
        void countsFailedSignInsAgainstTheRealAddressWhateverForwardedForClaims() throws Exception {
            failSignIn(port, "someone", "203.0.113.8");

            assertThat(addressSubjects(jdbc)).contains(sha256("127.0.0.1")).doesNotContain(sha256("203.0.113.8"));
        }
    }

    private static HttpResponse<String> get(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A wrong password sent through a proxy at 127.0.0.1 that says it came from {@code clientAddress}. */
    private static void failSignIn(int port, String username, String clientAddress) throws Exception {
        HttpResponse<String> login =
                get(port, "/login", "X-Forwarded-For", clientAddress, "X-Forwarded-Proto", "https");
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).isTrue();
        String session = login.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow();
        String form = "_csrf=" + encode(csrf.group(1)) + "&username=" + encode(username) + "&password=wrong";
        HttpResponse<String> refused = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Cookie", session)
                                .header("X-Forwarded-For", clientAddress)
                                .header("X-Forwarded-Proto", "https")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
    }

    private static List<String> addressSubjects(JdbcClient jdbc) {
        return jdbc.sql("SELECT subject FROM rate_limit WHERE purpose = 'sign-in-address'")
                .query(String.class)
                .list();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
