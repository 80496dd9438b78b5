package com.gauthconsole.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session that signs in to the console through a real OpenID provider over HTTP: it follows every
 * redirect between the two, fills in the provider's login form and keeps both applications' cookies. Every page it
 * was shown is kept, for searching.
 */
public final class CompanySignInSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String consoleUrl;
    private final Map<String, String> pages = new LinkedHashMap<>();

    public CompanySignInSession(String consoleUrl) {
        this.consoleUrl = consoleUrl;
    }

    /**
     * Presses the provider's button on the console's login page and signs in at the provider.
     *
     * @return the console's page where the journey ended, e.g. {@code /} or {@code /login?no-role}
     */
    public HttpResponse<String> signIn(String registrationId, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> providerLogin =
                follow(send(get(URI.create(consoleUrl + "/oauth2/authorization/" + registrationId))));
        if (providerLogin.statusCode() != 200 || !providerLogin.body().contains("name=\"password\"")) {
            throw new IllegalStateException("The provider showed no login form but " + providerLogin.uri());
        }
        Matcher csrf = CSRF.matcher(providerLogin.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the provider's login form");
        }
        URI loginAction = providerLogin.uri().resolve("/login");
        return follow(send(form(
                loginAction,
                Map.of(
                        "username",
                        List.of(username),
                        "password",
                        List.of(password),
                        "_csrf",
                        List.of(csrf.group(1))))));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(get(URI.create(consoleUrl + path)));
    }

    /** Posts a form of the console with the CSRF token of the page it is on. */
    public HttpResponse<String> post(String pageWithForm, String path, Map<String, List<String>> fields)
            throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get(pageWithForm).body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on " + pageWithForm);
        }
        Map<String, List<String>> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", List.of(csrf.group(1)));
        return send(form(URI.create(consoleUrl + path), withToken));
    }

    /** Every page this session was shown, by address. */
    public Map<String, String> pages() {
        return pages;
    }

    private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        HttpResponse<String> current = response;
        List<URI> visited = new ArrayList<>();
        while (current.statusCode() / 100 == 3) {
            URI next = current.uri()
                    .resolve(current.headers().firstValue("Location").orElseThrow());
            visited.add(next);
            if (visited.size() > 10) {
                throw new IllegalStateException("Redirected in circles: " + visited);
            }
            current = send(get(next));
        }
        return current;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        pages.put(request.method() + " " + request.uri(), response.headers().map() + "\n" + response.body());
        return response;
    }

    /** As a browser asks for a page: the provider sends only those to its login form. */
    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build();
    }

    private static HttpRequest form(URI uri, Map<String, List<String>> fields) {
        String body = fields.entrySet().stream()
                .flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
