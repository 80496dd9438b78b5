package com.gauthconsole.gauth;

import com.gauthconsole.secret.Redaction;
import com.gauthconsole.secret.Redactor;
import com.gauthconsole.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GAuth API of one deployment: one method per call of the provisioning procedure, plus the look-ups used to
 * check whether an object exists. Every exchange, successful or not, is redacted and comes back with the call's
 * result, or with its {@link GauthFailure}; the application's listeners (the exchange log) hear it too.
 */
public final class GauthClient {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final GauthEndpoint endpoint;
    private final GauthTransport transport;
    private final JsonMapper mapper;
    private final Redactor redactor;
    private final List<GauthExchangeListener> listeners;
    private final Clock clock;
    private final RequestBodies bodies;

    GauthClient(
            GauthEndpoint endpoint,
            GauthTransport transport,
            JsonMapper mapper,
            Redactor redactor,
            List<GauthExchangeListener> listeners,
            Clock clock) {
        this.endpoint = endpoint;
        this.transport = transport;
        this.mapper = mapper;
        this.redactor = redactor;
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
        this.bodies = new RequestBodies(mapper);
    }

    /** Step 1. GAuth generates the client secret when the request leaves it empty. */
    public PreparedCall<CreatedApiClient> createApiClient(BasicCredentials ops, NewApiClient client) {
        GauthRequest request = post(
                GauthCall.CREATE_API_CLIENT,
                "/auth/v3/ops/clients",
                ops.authorizationHeader(),
                JSON,
                bodies.apiClient(client),
                ops.password(),
                client.clientSecret());
        return new PreparedCall<>(this, request, (answer, reader) -> {
            JsonNode data = reader.successfulBody(answer).path("data");
            String clientId =
                    data.path("client_id").isString() ? data.path("client_id").stringValue() : client.clientId();
            JsonNode secret = data.path("client_secret");
            Secret clientSecret = secret.isString() && !secret.stringValue().isEmpty()
                    ? Secret.of(secret.stringValue())
                    : client.clientSecret();
            if (clientSecret.isEmpty()) {
                throw reader.malformed(answer, "the answer has no client_secret");
            }
            List<String> grantTypes = new ArrayList<>();
            data.path("authorizedGrantTypes").forEach(grant -> grantTypes.add(grant.asString()));
            Instant createdAt = data.path("createdAt").isNumber()
                    ? Instant.ofEpochMilli(data.path("createdAt").asLong())
                    : null;
            return new CreatedApiClient(clientId, clientSecret, List.copyOf(grantTypes), createdAt);
        });
    }

    /** Step 2: a password grant for the ops user, authenticated as the API client of step 1. */
    public PreparedCall<AccessToken> createToken(BasicCredentials apiClient, BasicCredentials opsUser) {
        GauthRequest request = post(
                GauthCall.CREATE_TOKEN,
                "/auth/v3/oauth/token",
                apiClient.authorizationHeader(),
                FORM,
                bodies.passwordGrant(apiClient.username(), opsUser),
                apiClient.password(),
                opsUser.password());
        return new PreparedCall<>(this, request, GauthClient::accessToken);
    }

    /**
     * Step 2 again without the ops user: the standard OAuth 2 refresh grant, with the refresh token of an earlier
     * grant. The client of step 1 is created with the {@code refresh_token} grant type.
     */
    public PreparedCall<AccessToken> refreshToken(BasicCredentials apiClient, Secret refreshToken) {
        GauthRequest request = post(
                GauthCall.REFRESH_TOKEN,
                "/auth/v3/oauth/token",
                apiClient.authorizationHeader(),
                FORM,
                bodies.refreshGrant(refreshToken),
                apiClient.password(),
                refreshToken);
        return new PreparedCall<>(this, request, GauthClient::accessToken);
    }

    private static AccessToken accessToken(GauthAnswer answer, AnswerReader reader) {
        JsonNode body = reader.successfulBody(answer);
        String accessToken = reader.requiredText(answer, body.get("access_token"), "access_token");
        JsonNode refresh = body.path("refresh_token");
        JsonNode expiresIn = body.path("expires_in");
        return new AccessToken(
                Secret.of(accessToken),
                body.path("token_type").asString("bearer"),
                refresh.isString() ? Secret.of(refresh.stringValue()) : Secret.empty(),
                expiresIn.canConvertToLong() ? Duration.ofSeconds(expiresIn.asLong()) : null,
                body.path("scope").asString(""));
    }

    /** Step 3: the ID of the new environment comes back in {@code path}. */
    public PreparedCall<CreatedObject> addEnvironment(Secret accessToken, NewEnvironment environment) {
        GauthRequest request = post(
                GauthCall.ADD_ENVIRONMENT,
                "/environment/v3/environments",
                bearer(accessToken),
                JSON,
                bodies.environment(environment),
                accessToken,
                environment.password());
        return new PreparedCall<>(this, request, this::createdObject);
    }

    /** Step 4: the contact center ID (CCID) comes back in {@code path}. */
    public PreparedCall<CreatedObject> addContactCenter(Secret accessToken, NewContactCenter contactCenter) {
        GauthRequest request = post(
                GauthCall.ADD_CONTACT_CENTER,
                "/environment/v3/contact-centers",
                bearer(accessToken),
                JSON,
                bodies.contactCenter(contactCenter),
                accessToken);
        return new PreparedCall<>(this, request, this::createdObject);
    }

    /** Step 5, authenticated with the ops credentials rather than the token. */
    public PreparedCall<Void> addDataCenter(BasicCredentials ops, NewDataCenter dataCenter) {
        GauthRequest request = post(
                GauthCall.ADD_DATA_CENTER,
                "/environment/v3/data-centers",
                ops.authorizationHeader(),
                JSON,
                bodies.dataCenter(dataCenter),
                ops.password());
        return new PreparedCall<>(this, request, (answer, reader) -> {
            reader.successfulBody(answer);
            return null;
        });
    }

    /** Step 6 (optional), e.g. {@link ContactCenterSetting#corsOrigins}. */
    public PreparedCall<Void> updateContactCenterSetting(
            Secret accessToken, String contactCenterId, ContactCenterSetting setting) {
        GauthRequest request = post(
                GauthCall.UPDATE_CORS_SETTINGS,
                "/environment/v3/contact-centers/" + segment(contactCenterId) + "/settings",
                bearer(accessToken),
                JSON,
                bodies.setting(setting),
                accessToken);
        return new PreparedCall<>(this, request, (answer, reader) -> {
            reader.successfulBody(answer);
            return null;
        });
    }

    public Existence findApiClient(BasicCredentials ops, String clientId) {
        return lookUp(
                GauthCall.READ_API_CLIENT,
                "/auth/v3/ops/clients/" + segment(clientId),
                ops.authorizationHeader(),
                ops.password());
    }

    public Existence findEnvironment(Secret accessToken, String environmentId) {
        return lookUp(
                GauthCall.READ_ENVIRONMENT,
                "/environment/v3/environments/" + segment(environmentId),
                bearer(accessToken),
                accessToken);
    }

    public Existence findContactCenter(Secret accessToken, String contactCenterId) {
        return lookUp(
                GauthCall.READ_CONTACT_CENTER,
                "/environment/v3/contact-centers/" + segment(contactCenterId),
                bearer(accessToken),
                accessToken);
    }

    private CreatedObject createdObject(GauthAnswer answer, AnswerReader reader) {
        JsonNode body = reader.successfulBody(answer);
        String path = reader.requiredText(answer, body.get("path"), "'path' with the new ID");
        String id = lastSegment(path);
        if (id.isBlank()) {
            throw reader.malformed(answer, "its 'path' holds no ID");
        }
        return new CreatedObject(id, path);
    }

    private static String lastSegment(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private Existence lookUp(GauthCall call, String path, String authorization, Secret secret) {
        GauthRequest request = request(call, "GET", path, authorization, null, null, List.of(secret));
        try {
            Exchanged<String> found = exchange(
                    request,
                    (answer, reader) -> answer.status() == 404
                            ? null
                            : redactor.knowing(request.secrets())
                                    .body(reader.successfulBody(answer)
                                            .path("data")
                                            .toString()));
            return found.result() == null
                    ? Existence.absent(found.exchange())
                    : Existence.exists(found.result(), found.exchange());
        } catch (GauthFailure cannotCheck) {
            return Existence.cannotCheck(cannotCheck.getMessage(), cannotCheck.exchange());
        }
    }

    private GauthRequest post(
            GauthCall call, String path, String authorization, String contentType, String body, Secret... secrets) {
        return request(call, "POST", path, authorization, contentType, body, List.of(secrets));
    }

    private GauthRequest request(
            GauthCall call,
            String method,
            String path,
            String authorization,
            String contentType,
            String body,
            List<Secret> secrets) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", JSON);
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        headers.put("Authorization", authorization);
        return new GauthRequest(call, method, endpoint.url(path), headers, body, secrets);
    }

    /** The request as a preview shows it, before anybody executes it: secrets as plain markers. */
    RequestPreview preview(GauthRequest request) {
        return redacted(request, redactor.forPreview(request.secrets()));
    }

    /** The request as an executed attempt's record keeps it: secrets as keyed fingerprints. */
    RequestPreview recorded(GauthRequest request) {
        return redacted(request, redactor.knowing(request.secrets()));
    }

    private static RequestPreview redacted(GauthRequest request, Redaction redaction) {
        return new RequestPreview(
                request.method(),
                redaction.url(request.url()),
                redaction.headers(multiValued(request.headers())),
                request.body() == null ? null : redaction.body(request.body()));
    }

    <T> Exchanged<T> exchange(GauthRequest request, BiFunction<GauthAnswer, AnswerReader, T> read) {
        Redaction redaction = redactor.knowing(request.secrets());
        Instant startedAt = clock.instant();
        long started = System.nanoTime();
        GauthAnswer answer = null;
        try {
            answer = transport.send(endpoint, request);
            T result = read.apply(answer, new AnswerReader(mapper, request.call(), redaction));
            return new Exchanged<>(result, report(request, redaction, startedAt, started, answer, null));
        } catch (GauthFailure failure) {
            throw failure.with(report(request, redaction, startedAt, started, answer, failure.getMessage()));
        } catch (RuntimeException unreadable) {
            if (answer == null) {
                throw unreadable;
            }
            // GAuth answered, perhaps having done the work: the record keeps its answer, and a lead checks before a
            // re-run.
            GauthFailure failure = new GauthFailure.MalformedResponse(
                    request.call(),
                    answer.status(),
                    "its answer could not be read (" + unreadable.getClass().getSimpleName() + ")");
            throw failure.with(report(request, redaction, startedAt, started, answer, failure.getMessage()));
        }
    }

    private GauthExchange report(
            GauthRequest request,
            Redaction redaction,
            Instant startedAt,
            long startedNanos,
            GauthAnswer answer,
            String failure) {
        GauthExchange exchange = new GauthExchange(
                request.call(),
                startedAt,
                request.method(),
                redaction.url(request.url()),
                redaction.headers(multiValued(request.headers())),
                request.body() == null ? null : redaction.body(request.body()),
                answer == null ? null : answer.status(),
                answer == null ? null : redaction.headers(answer.headers()),
                answer == null ? null : redaction.body(answer.body()),
                Duration.ofNanos(System.nanoTime() - startedNanos),
                failure);
        listeners.forEach(listener -> listener.onExchange(exchange));
        return exchange;
    }

    private static Map<String, List<String>> multiValued(Map<String, String> headers) {
        Map<String, List<String>> multiValued = new LinkedHashMap<>();
        headers.forEach((name, value) -> multiValued.put(name, List.of(value)));
        return multiValued;
    }

    private static String bearer(Secret accessToken) {
        return "Bearer " + accessToken.reveal();
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
