package com.gauthconsole.gauth;

import com.gauthconsole.secret.Redaction;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides whether an answer is a success and, when not, which {@link GauthFailure} it is. A step succeeds only on
 * HTTP 2xx with {@code status.code == 0} where the body has a status, and a readable body. Everything quoted from
 * GAuth in a message passes through the exchange's redaction first.
 */
final class AnswerReader {

    private static final int QUOTE_LIMIT = 200;

    private final JsonMapper mapper;
    private final GauthCall call;
    private final Redaction redaction;

    AnswerReader(JsonMapper mapper, GauthCall call, Redaction redaction) {
        this.mapper = mapper;
        this.call = call;
        this.redaction = redaction;
    }

    /** The JSON body of a successful answer; throws the matching failure for any other answer. */
    JsonNode successfulBody(GauthAnswer answer) {
        Optional<JsonNode> json = parse(answer.body());
        String gauthMessage = json.map(this::gauthMessage).orElseGet(() -> quote(answer.body()));
        int status = answer.status();
        if (status >= 300 && status < 400) {
            throw new GauthFailure.Rejected(
                    call,
                    status,
                    "",
                    "GAuth answered with a redirect to '" + redaction.url(answer.header("Location"))
                            + "': check the target's base URL (http or https, and its path).");
        }
        if (status == 401 || status == 403 || isRejectedPasswordGrant(status, json)) {
            throw credentialsRejected(status, gauthMessage);
        }
        boolean failed = status < 200
                || status >= 300
                || json.map(body -> statusCode(body) != 0).orElse(false);
        if (failed && (status == 409 || saysAlreadyExists(gauthMessage))) {
            throw new GauthFailure.AlreadyExists(call, status, gauthMessage);
        }
        if (status == 502 || status == 503 || status == 504) {
            throw new GauthFailure.GatewayFailed(call, status, gauthMessage);
        }
        if (status < 200 || status >= 300) {
            throw new GauthFailure.Rejected(call, status, gauthMessage, adviceFor(status));
        }
        if (answer.body().isBlank()) {
            throw new GauthFailure.MalformedResponse(call, status, "the body is empty");
        }
        JsonNode body = json.orElseThrow(() -> new GauthFailure.MalformedResponse(
                call, status, "the body is not JSON (" + quote(answer.body()) + ")"));
        if (failed) {
            throw new GauthFailure.Rejected(
                    call, status, gauthMessage, "GAuth reported an error despite the success status.");
        }
        return body;
    }

    GauthFailure malformed(GauthAnswer answer, String problem) {
        return new GauthFailure.MalformedResponse(call, answer.status(), problem);
    }

    /** A text field GAuth must have sent, e.g. {@code path} or {@code access_token}. */
    String requiredText(GauthAnswer answer, JsonNode node, String description) {
        if (node == null || !node.isString() || node.stringValue().isBlank()) {
            throw malformed(answer, "the answer has no " + description);
        }
        return node.stringValue();
    }

    Optional<JsonNode> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = mapper.readTree(body);
            return node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    /** GAuth's own words: "code 4: ..." from the environment API, "invalid_grant: ..." from the OAuth API. */
    private String gauthMessage(JsonNode body) {
        JsonNode status = body.path("status");
        if (status.isObject()
                && status.path("code").isNumber()
                && status.path("code").asInt() != 0) {
            String message = status.path("message").asString("");
            return quote("code " + status.path("code").asInt() + (message.isEmpty() ? "" : ": " + message));
        }
        if (body.path("error").isString()) {
            String description = body.path("error_description").asString("");
            return quote(body.path("error").stringValue() + (description.isEmpty() ? "" : ": " + description));
        }
        return "";
    }

    private static int statusCode(JsonNode body) {
        JsonNode code = body.path("status").path("code");
        return code.isMissingNode() || code.isNull() ? 0 : code.asInt(-1);
    }

    private boolean isRejectedPasswordGrant(int status, Optional<JsonNode> json) {
        return call == GauthCall.CREATE_TOKEN
                && status == 400
                && json.map(body -> body.path("error").asString("")).orElse("").equals("invalid_grant");
    }

    private GauthFailure credentialsRejected(int status, String gauthMessage) {
        String said = gauthMessage.isEmpty() ? "" : " GAuth said: " + gauthMessage + ".";
        if (status == 403) {
            return new GauthFailure.CredentialsRejected(
                    call,
                    status,
                    "the request: the credentials are valid but lack permission",
                    "check the rights of the ops user or API client (authority ROLE_INTERNAL_CLIENT, scope *)." + said);
        }
        if (status == 400) {
            return new GauthFailure.CredentialsRejected(
                    call,
                    status,
                    "the ops user name or password in the token request",
                    "check the ops credentials (services.secret.admin_username/admin_password)." + said);
        }
        return switch (call.auth()) {
            case OPS ->
                new GauthFailure.CredentialsRejected(
                        call,
                        status,
                        "the ops credentials",
                        "check services.secret.admin_username/admin_password in GAuth's values.yaml against the target's"
                                + " ops credentials." + said);
            case CLIENT ->
                new GauthFailure.CredentialsRejected(
                        call,
                        status,
                        "the API client's id and secret",
                        "check the client id and secret from step 1 (Create API client)." + said);
            case BEARER ->
                new GauthFailure.CredentialsRejected(
                        call,
                        status,
                        "the access token",
                        "it is missing or has expired: create a new token (step 2) and run this step again." + said);
        };
    }

    private static boolean saysAlreadyExists(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("already exist") || lower.contains("duplicate");
    }

    private static String adviceFor(int status) {
        if (status == 404) {
            return "GAuth does not know this address or object: check the target's base URL and the IDs used.";
        }
        if (status >= 500) {
            return "GAuth (or a proxy in front of it) failed on its side: try again later; if it persists, check"
                    + " GAuth's logs.";
        }
        return "Correct the input GAuth complains about and run the step again.";
    }

    /** A short, single-line, redacted excerpt of what GAuth said, safe to show to anybody. */
    private String quote(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String oneLine =
                text.replaceAll("<[^>]{0,200}>", " ").replaceAll("\\s+", " ").strip();
        String redacted = redaction.text(oneLine);
        return redacted.length() <= QUOTE_LIMIT ? redacted : redacted.substring(0, QUOTE_LIMIT) + "…";
    }
}
