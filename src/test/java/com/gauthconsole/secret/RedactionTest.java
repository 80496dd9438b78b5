package com.gauthconsole.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();

    private final Redactor redactor = new Redactor(new Fingerprinter(KEY));
    private final Redaction redaction = redactor.redaction();

    /**
     * An operator could type the Base64 of {@code ops:guess} as a client secret and let the step fail: if it showed the
     * fingerprint of the ops credentials, every failed attempt would test one guess.
     */
    @Test
    void noTypedValueShowsTheFingerprintOfAnAuthorizationCredential() {
        String opsCredential = java.util.Base64.getEncoder().encodeToString("ops:ops".getBytes());

        String header = redaction.header("Authorization", "Basic " + opsCredential);
        String typed = redaction.body("{\"client_secret\": \"" + opsCredential + "\"}");
        String inText = redaction.text("GAuth refused Basic " + opsCredential);

        String headerMarker = header.substring(header.indexOf("[REDACTED"));
        assertThat(header).isEqualTo("Basic ops:" + redactor.maskCredential(opsCredential));
        assertThat(typed).contains(redactor.mask(opsCredential)).doesNotContain(headerMarker);
        assertThat(inText).contains(headerMarker);
        assertThat(redaction.header("Authorization", "Basic " + opsCredential)).isEqualTo(header);
    }

    @Test
    void masksSensitiveKeysAtAnyDepthInsideArraysOfObjects() {
        String body = """
                {"data": {"configServers": [{"primaryAddress": "10.0.0.1", "password": "cs-pass-1"},
                 {"nested": {"deeper": [{"client_secret": "cs-secret-2"}]}}], "name": "acme"}}""";

        String redacted = redaction.body(body);

        assertThat(redacted)
                .doesNotContain("cs-pass-1", "cs-secret-2")
                .contains("\"primaryAddress\":\"10.0.0.1\"", "\"name\":\"acme\"")
                .contains("\"password\":\"" + redactor.mask("cs-pass-1") + "\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "PASSWORD",
                "Client_Secret",
                "clientSecret",
                "ACCESS-TOKEN",
                "refresh_token",
                "id_token",
                "Encrypted_Client_Secret",
                "admin_password",
                "secret"
            })
    void matchesKeysWhateverTheirCaseOrSeparators(String key) {
        String redacted = redaction.body("{\"" + key + "\": \"hunter2-value\"}");

        assertThat(redacted).doesNotContain("hunter2-value").contains(Redactor.MARKER_PREFIX);
    }

    @Test
    void keepsNonSecretFieldsThatMerelyMentionTokens() {
        String redacted = redaction.body(
                "{\"token_type\":\"bearer\",\"expires_in\":43199,\"accessTokenExpirationTimeout\":43200,\"username\":\"ops\"}");

        assertThat(redacted)
                .contains("\"token_type\":\"bearer\"", "43199", "43200", "\"username\":\"ops\"")
                .doesNotContain("REDACTED");
    }

    @Test
    void masksNonStringValuesUnderSensitiveKeysWhole() {
        String redacted =
                redaction.body("{\"secret\": {\"a\": \"inner-1\", \"b\": [\"inner-2\"]}, \"password\": 12345}");

        assertThat(redacted).doesNotContain("inner-1", "inner-2", "12345");
    }

    @Test
    void leavesAnEmptySecretVisibleBecauseItRevealsNothing() {
        assertThat(redaction.body("{\"client_secret\": \"\"}")).isEqualTo("{\"client_secret\":\"\"}");
    }

    @Test
    void redactsJsonCarriedInsideAStringValue() {
        String redacted = redaction.body(
                "{\"message\": \"{\\\"access_token\\\": \\\"tok-in-string\\\", \\\"scope\\\": \\\"*\\\"}\"}");

        assertThat(redacted).doesNotContain("tok-in-string").contains("scope");
    }

    @Test
    void redactsTrailingCommaJsonLikeGauthsDocumentedExample() {
        String redacted = redaction.body("{\"data\": {\"client_secret\": \"secret-x1\", \"redirectURIs\": [\"a\",],}}");

        assertThat(redacted).doesNotContain("secret-x1").contains("redirectURIs");
    }

    @Test
    void redactsFormBodiesFieldByFieldKeepingTheRest() {
        String redacted =
                redaction.body("username=ops&client_id=external_api_client&grant_type=password&password=p%40ss-word");

        assertThat(redacted)
                .startsWith("username=ops&client_id=external_api_client&grant_type=password&password=")
                .doesNotContain("p%40ss-word", "p@ss-word")
                .contains(redactor.mask("p@ss-word"));
    }

    @Test
    void redactsSecretsInNonJsonBodiesSuchAsHtmlErrorPagesAndBrokenJson() {
        String html = "<html><body>Bad request: password=html-leak-1 and \"client_secret\": \"broken-leak-2\"</body>";
        String broken = "{\"access_token\": \"broken-leak-3\", oops";

        assertThat(redaction.body(html)).doesNotContain("html-leak-1", "broken-leak-2");
        assertThat(redaction.body(broken)).doesNotContain("broken-leak-3");
    }

    @Test
    void keepsTheSchemeAndBasicUserButMasksTheCredentialInAuthorizationHeaders() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("ops:very-secret-ops".getBytes());
        Map<String, List<String>> headers = Map.of(
                "authorization", List.of(basic),
                "Proxy-Authorization", List.of("Bearer tok-123456"),
                "Content-Type", List.of("application/json"));

        Map<String, List<String>> redacted = redaction.headers(headers);

        assertThat(redacted.get("authorization").get(0)).startsWith("Basic ops:" + Redactor.MARKER_PREFIX);
        assertThat(redacted.get("Proxy-Authorization").get(0)).startsWith("Bearer " + Redactor.MARKER_PREFIX);
        assertThat(redacted.get("Content-Type")).containsExactly("application/json");
        assertThat(redacted.toString()).doesNotContain("very-secret-ops", "tok-123456", basic.substring(6));
    }

    @Test
    void masksCredentialsAndSecretQueryParametersInUrls() {
        String redacted = redaction.url("https://admin:url-pass-1@gauth.example.com/path?x=1&access_token=url-tok-2#f");

        assertThat(redacted)
                .startsWith("https://admin:" + Redactor.MARKER_PREFIX)
                .contains("gauth.example.com/path?x=1&access_token=" + Redactor.MARKER_PREFIX)
                .endsWith("#f")
                .doesNotContain("url-pass-1", "url-tok-2");
    }

    @Test
    void removesKnownSecretValuesWhereverTheyAppearAndHoweverEncoded() {
        Secret planted = Secret.of("canary/\"value\" 42");
        Redaction knowing = redactor.knowing(List.of(planted));

        assertThat(knowing.body("{\"message\": \"unknown user canary/\\\"value\\\" 42\"}"))
                .doesNotContain("canary");
        assertThat(knowing.body("note=canary%2F%22value%22+42")).doesNotContain("canary");
        assertThat(knowing.text("rejected canary/\"value\" 42")).doesNotContain("canary");
    }

    @Test
    void doesNotScrubShortKnownValuesThatWouldMangleEveryUrl() {
        Redaction knowing = redactor.knowing(List.of(Secret.of("ops")));

        assertThat(knowing.url("http://localhost/auth/v3/ops/clients"))
                .isEqualTo("http://localhost/auth/v3/ops/clients");
    }

    @Test
    void givesTheSameSecretTheSameFingerprintAndDifferentSecretsDifferentOnes() {
        assertThat(redactor.mask("alpha-secret")).isEqualTo(redactor.mask("alpha-secret"));
        assertThat(redactor.mask("alpha-secret")).isNotEqualTo(redactor.mask("beta-secret"));
        assertThat(new Redactor(new Fingerprinter("another-key-another-key-another-k".getBytes())).mask("alpha-secret"))
                .isNotEqualTo(redactor.mask("alpha-secret"));
    }

    @Test
    void survivesHostileInputWithoutThrowing() {
        List<String> hostile = List.of(
                "{{{{",
                "[\"password\", {\"password\": [null, {\"password\": null}]}]",
                "password=",
                "=&=&&",
                "\u0000\uFFFF\"password\":",
                "Bearer",
                "{\"a\":\"" + "x".repeat(100_000) + "\"}");

        hostile.forEach(input -> assertThat(redaction.body(input)).isNotNull());
    }

    @Test
    void secretNeverPrintsItsValue() {
        assertThat(Secret.of("do-not-print").toString()).isEqualTo("[REDACTED]");
        assertThat(String.valueOf(List.of(Secret.of("do-not-print")))).doesNotContain("do-not-print");
    }
}
