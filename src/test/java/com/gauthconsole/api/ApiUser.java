package com.gauthconsole.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.security.Role;
import com.gauthconsole.testing.ConsoleSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A local account made for one test, signed in to the pages, and the API calls it makes with a token it creates on
 * its API tokens page, over real HTTP.
 */
public record ApiUser(String username, long id, ConsoleSession pages, String baseUrl) {

    static final String PASSWORD = "a-password-of-my-own-7q";

    private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token-value\"[^>]*>(gac_[^<]+)<");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A user with a password they chose themselves, so no change is asked for, signed in to the pages. */
    public static ApiUser create(JdbcTemplate jdbc, PasswordEncoder encoder, String baseUrl, Role... roles)
            throws Exception {
        String username = "api-" + System.nanoTime();
        jdbc.update(
                "INSERT INTO console_user (username, password_hash, enabled, password_change_required, created_at,"
                        + " updated_at) VALUES (?, ?, TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                username,
                encoder.encode(PASSWORD));
        for (Role role : roles) {
            jdbc.update(
                    "INSERT INTO user_role (user_id, role) SELECT id, ? FROM console_user WHERE username = ?",
                    role.name(),
                    username);
        }
        long id = jdbc.queryForObject("SELECT id FROM console_user WHERE username = ?", Long.class, username);
        ConsoleSession pages = new ConsoleSession(baseUrl);
        assertThat(pages.trySignIn(username, PASSWORD)).endsWith("/");
        return new ApiUser(username, id, pages, baseUrl);
    }

    /** Creates a token on the API tokens page and reads it from the one answer that shows it. */
    public String createToken(String name, Role... roles) throws Exception {
        HttpResponse<String> answer = submitToken(name, "30", roles);
        Matcher token = NEW_TOKEN.matcher(answer.body());
        assertThat(token.find()).as("the new token is shown once").isTrue();
        return token.group(1);
    }

    HttpResponse<String> submitToken(String name, String days, Role... roles) throws Exception {
        pages.open("/account/api-tokens");
        return pages.post(
                "/account/api-tokens",
                Map.of(
                        "name", List.of(name),
                        "expiresInDays", List.of(days),
                        "roles", Arrays.stream(roles).map(Role::name).toList()));
    }

    static HttpResponse<String> get(String baseUrl, String token, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String baseUrl, String token, String path, String json) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
