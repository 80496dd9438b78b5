package com.gauthconsole.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Over real HTTP, because the container's error dispatch is what renders these pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTest.FailingRoute.class)
class ErrorPagesTest {

    private static final String INTERNAL_DETAIL = "connection pool db-7 exhausted in com.gauthconsole.Internal";

    @LocalServerPort
    int port;

    private HttpClient browser;

    @TestConfiguration
    static class FailingRoute {
        @Bean
        FailingController failingController() {
            return new FailingController();
        }
    }

    @RestController
    static class FailingController {
        @GetMapping("/test-only/failure")
        String fail() {
            throw new IllegalStateException(INTERNAL_DETAIL);
        }
    }

    @BeforeEach
    void signIn() throws Exception {
        browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = get("/login").body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).isTrue();
        String form = "username=lead&password=lead&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/"));
    }

    @Test
    void anExceptionShowsTheGenericPageWithoutAnyInternalDetail() throws Exception {
        HttpResponse<String> response = get("/test-only/failure");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Something went wrong", "Nothing is shown here on purpose")
                .doesNotContain("IllegalStateException", "Exception", "db-7", "com.gauthconsole", "at java.", "trace");
    }

    @Test
    void aClientAskingForJsonGetsTheStatusWithoutAnyInternalDetail() throws Exception {
        HttpResponse<String> response = get("/test-only/failure", "application/json");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("\"status\":500")
                .doesNotContain("Exception", "db-7", "com.gauthconsole", "trace", "message");
    }

    @Test
    void anUnknownAddressShowsTheConsolesNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("There is no such page", "GAuth Provisioning Console", "Back to the home page")
                .doesNotContain("Whitelabel", "No static resource", "Exception");
    }

    @Test
    void anUnreadableAddressPartShowsTheGenericPage() throws Exception {
        HttpResponse<String> response = get("/runs/not-a-number");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("Something went wrong")
                .doesNotContain("NumberFormatException", "MethodArgumentTypeMismatch", "java.lang", "not-a-number");
    }

    @Test
    void aRefusedPageShowsTheConsolesForbiddenPage() throws Exception {
        HttpResponse<String> response = get("/admin/users");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You may not open this page").doesNotContain("Exception");
    }

    /** Over the real port, not MockMvc: a rule that looks at the request's port must not open the console. */
    @Test
    void anAnonymousVisitorOnTheServersOwnPortIsSentToSignIn() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> response = anonymous.send(
                HttpRequest.newBuilder(url("/admin/users")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "text/html,application/xhtml+xml");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(url(path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
