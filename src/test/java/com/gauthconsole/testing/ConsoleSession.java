package com.gauthconsole.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One signed-in browser-like session with the console: cookies, the CSRF token, form posts. */
public final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final CookieManager cookies;
    private final String baseUrl;
    private String csrf;

    public ConsoleSession(String baseUrl) {
        this(baseUrl, new CookieManager(), null);
    }

    private ConsoleSession(String baseUrl, CookieManager cookies, String csrf) {
        this.baseUrl = baseUrl;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.csrf = csrf;
    }

    /** The same browser, cookies and all, talking to another instance of the console. */
    public ConsoleSession at(String otherBaseUrl) {
        return new ConsoleSession(otherBaseUrl, cookies, csrf);
    }

    /** The value of a cookie this session holds, e.g. {@code SESSION}. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    public void signIn(String username, String password) throws IOException, InterruptedException {
        if (!trySignIn(username, password).endsWith("/")) {
            throw new IllegalStateException("Sign-in as " + username + " failed");
        }
        csrf = token(get("/runs/new").body());
    }

    /** Where the sign-in form sends the browser: the home page, or the login page with the reason. */
    public String trySignIn(String username, String password) throws IOException, InterruptedException {
        return tryToSignIn(username, password).headers().firstValue("Location").orElse("");
    }

    /** Posts the login form as a browser would, and answers the console's response whatever it is. */
    public HttpResponse<String> tryToSignIn(String username, String password) throws IOException, InterruptedException {
        csrf = token(get("/login").body());
        return post("/login", Map.of("username", List.of(username), "password", List.of(password)));
    }

    /** Takes the CSRF token from a page, e.g. after a sign-in that did not land on the home page. */
    public String open(String path) throws IOException, InterruptedException {
        String page = get(path).body();
        csrf = token(page);
        return page;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, Map<String, List<String>> fields)
            throws IOException, InterruptedException {
        String form = fields.entrySet().stream()
                .flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&", "_csrf=" + encode(csrf) + "&", ""));
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a file as a browser's multipart form does, with the CSRF token as a form field. */
    public HttpResponse<String> postFile(String path, String field, String filename, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----console-session-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + filename
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
