package com.gauthconsole.gauth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gauthconsole.secret.Secret;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The client against a scripted GAuth: the documented answers, and every way a call can fail. */
class GauthClientContractTest {

    // Well below the 1,500 ms the timeout case delays, and long enough for a loaded machine to answer the others.
    private static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(1_000);

    @RegisterExtension
    static WireMockExtension gauth = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final List<GauthExchange> exchanges = GauthFixtures.recorder();
    private GauthClient client;

    @BeforeEach
    void connect() {
        client = GauthFixtures.client(URI.create(gauth.baseUrl()), RESPONSE_TIMEOUT, exchanges);
    }

    /** One documented call: how to stub its address and how to make it. */
    enum Call {
        CREATE_API_CLIENT(
                post("/auth/v3/ops/clients"),
                c -> c.createApiClient(GauthFixtures.OPS, GauthFixtures.NEW_CLIENT)
                        .send()),
        CREATE_TOKEN(
                post("/auth/v3/oauth/token"),
                c -> c.createToken(GauthFixtures.API_CLIENT, GauthFixtures.OPS).send()),
        REFRESH_TOKEN(
                post("/auth/v3/oauth/token"),
                c -> c.refreshToken(GauthFixtures.API_CLIENT, GauthFixtures.REFRESH_TOKEN)
                        .send()),
        ADD_ENVIRONMENT(
                post("/environment/v3/environments"),
                c -> c.addEnvironment(GauthFixtures.ACCESS_TOKEN, GauthFixtures.NEW_ENVIRONMENT)
                        .send()),
        ADD_CONTACT_CENTER(
                post("/environment/v3/contact-centers"),
                c -> c.addContactCenter(GauthFixtures.ACCESS_TOKEN, GauthFixtures.NEW_CONTACT_CENTER)
                        .send()),
        ADD_DATA_CENTER(
                post("/environment/v3/data-centers"),
                c -> c.addDataCenter(GauthFixtures.OPS, GauthFixtures.NEW_DATA_CENTER)
                        .send()),
        UPDATE_CORS_SETTINGS(
                post("/environment/v3/contact-centers/cc-1/settings"),
                c -> c.updateContactCenterSetting(GauthFixtures.ACCESS_TOKEN, "cc-1", GauthFixtures.CORS)
                        .send());

        final String path;
        final Consumer<GauthClient> invoke;

        Call(MappingBuilder mapping, Consumer<GauthClient> invoke) {
            this.path = mapping.build().getRequest().getUrl();
            this.invoke = invoke;
        }

        MappingBuilder answering(ResponseDefinitionBuilder response) {
            return post(path).willReturn(response);
        }
    }

    /** One way GAuth (or the network) can fail, and the failure the console must report for it. */
    enum FailureMode {
        REFUSED_CONNECTION(null, GauthFailure.Unreachable.class, "connection refused"),
        TIMEOUT(aResponse().withFixedDelay(1_500).withBody("{}"), GauthFailure.TimedOut.class, "may have been applied"),
        BROKEN_CONNECTION(
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), GauthFailure.TimedOut.class, "may have"),
        UNAUTHORIZED(
                aResponse().withStatus(401).withBody("{\"status\":{\"code\":2,\"message\":\"Unauthorized\"}}"),
                GauthFailure.CredentialsRejected.class,
                "HTTP 401"),
        FORBIDDEN(aResponse().withStatus(403), GauthFailure.CredentialsRejected.class, "lack permission"),
        DUPLICATE(
                aResponse()
                        .withStatus(409)
                        .withBody("{\"status\":{\"code\":4,\"message\":\"'acme-cc' already exists\"}}"),
                GauthFailure.AlreadyExists.class,
                "already exists"),
        SERVER_ERROR(
                aResponse().withStatus(500).withBody("{\"status\":{\"code\":5,\"message\":\"database down\"}}"),
                GauthFailure.Rejected.class,
                "code 5: database down"),
        BAD_GATEWAY(aResponse().withStatus(502), GauthFailure.GatewayFailed.class, "may have reached GAuth"),
        SERVICE_UNAVAILABLE(aResponse().withStatus(503), GauthFailure.GatewayFailed.class, "HTTP 503"),
        GATEWAY_TIMEOUT(aResponse().withStatus(504), GauthFailure.GatewayFailed.class, "HTTP 504"),
        NON_ZERO_STATUS_CODE(
                okJson("{\"status\":{\"code\":12,\"message\":\"tenant locked\"}}"),
                GauthFailure.Rejected.class,
                "code 12: tenant locked"),
        MALFORMED_JSON(
                okJson("{\"status\": {\"code\": 0}, \"path\": \"/contact-centers/"),
                GauthFailure.MalformedResponse.class,
                "not JSON"),
        EMPTY_BODY(aResponse().withStatus(200), GauthFailure.MalformedResponse.class, "body is empty");

        final ResponseDefinitionBuilder response;
        final Class<? extends GauthFailure> expected;
        final String messageFragment;

        FailureMode(
                ResponseDefinitionBuilder response, Class<? extends GauthFailure> expected, String messageFragment) {
            this.response = response;
            this.expected = expected;
            this.messageFragment = messageFragment;
        }
    }

    static Stream<Arguments> everyCallTimesEveryFailureMode() {
        return Stream.of(Call.values())
                .flatMap(call -> Stream.of(FailureMode.values()).map(mode -> Arguments.of(call, mode)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyCallTimesEveryFailureMode")
    void endsEachFailureModeInItsOwnFailureTypeWithAReadableMessage(Call call, FailureMode mode) throws IOException {
        if (mode == FailureMode.REFUSED_CONNECTION) {
            client = GauthFixtures.client(URI.create("http://localhost:" + closedPort()), RESPONSE_TIMEOUT, exchanges);
        } else {
            gauth.stubFor(call.answering(mode.response));
        }

        assertThatThrownBy(() -> call.invoke.accept(client))
                .isInstanceOf(mode.expected)
                .hasMessageContaining(mode.messageFragment)
                .satisfies(failure -> assertThat(failure.getMessage())
                        .doesNotContain("Exception", "\tat ", "planted-")
                        .hasSizeLessThan(600));
        assertThat(exchanges).singleElement().satisfies(exchange -> {
            assertThat(exchange.succeeded()).isFalse();
            assertThat(exchange.failure()).isNotBlank();
            assertThat(exchange.toString()).doesNotContain("planted-");
        });
    }

    @Test
    void readsTheReferenceCreateClientAnswerDespiteItsTrailingComma() {
        gauth.stubFor(Call.CREATE_API_CLIENT.answering(okJson("""
                {"status": {"code": 0},
                 "data": {"clientType": "CONFIDENTIAL", "scope": ["*"], "internalClient": true,
                  "authorizedGrantTypes": ["refresh_token", "client_credentials", "password", "authorization_code",
                    "urn:ietf:params:oauth:grant-type:token-exchange", "urn:ietf:params:oauth:grant-type:jwt-bearer"],
                  "authorities": ["ROLE_INTERNAL_CLIENT"],
                  "redirectURIs": ["https://gauth.<yourcluster.com>", "https://gws.<yourcluster.com>",
                    "https://prov.<yourcluster.com>",],
                  "accessTokenExpirationTimeout": 43200, "refreshTokenExpirationTimeout": 43200,
                  "createdAt": 1619796576236, "name": "external_api_client", "client_id": "external_api_client",
                  "client_secret": "secret", "encrypted_client_secret": "A34BOmXDedZwbTKrwmd4eA=="}}""")));

        CreatedApiClient created = client.createApiClient(GauthFixtures.OPS, GauthFixtures.NEW_CLIENT)
                .send()
                .result();

        assertThat(created.clientId()).isEqualTo("external_api_client");
        assertThat(created.clientSecret()).isEqualTo(Secret.of("secret"));
        assertThat(created.authorizedGrantTypes()).hasSize(6).contains("password");
        assertThat(created.createdAt().toEpochMilli()).isEqualTo(1619796576236L);
        assertThat(exchanges.get(0).responseBody()).doesNotContain("A34BOmXDedZwbTKrwmd4eA==", "\"secret\"");
    }

    @Test
    void treatsTheExamplesBareFieldListWithoutBracesAsMalformed() {
        gauth.stubFor(Call.CREATE_API_CLIENT.answering(okJson("\"status\": {\"code\": 0}, \"data\": {}")));

        assertThatThrownBy(() -> client.createApiClient(GauthFixtures.OPS, GauthFixtures.NEW_CLIENT)
                        .send())
                .isInstanceOf(GauthFailure.MalformedResponse.class)
                .hasMessageContaining("may have been applied");
    }

    @Test
    void readsTheReferenceTokenAnswer() {
        gauth.stubFor(Call.CREATE_TOKEN.answering(okJson("""
                {"access_token": "5f1ecb33-5c63-4606-8e30-824e494194c6", "token_type": "bearer",
                 "refresh_token": "f0c7eed6-cc55-426f-9594-7ae14903e749", "expires_in": 43199, "scope": "*"}""")));

        AccessToken token = client.createToken(GauthFixtures.API_CLIENT, GauthFixtures.OPS)
                .send()
                .result();

        assertThat(token.accessToken()).isEqualTo(Secret.of("5f1ecb33-5c63-4606-8e30-824e494194c6"));
        assertThat(token.refreshToken()).isEqualTo(Secret.of("f0c7eed6-cc55-426f-9594-7ae14903e749"));
        assertThat(token.expiresIn()).isEqualTo(Duration.ofSeconds(43199));
        assertThat(exchanges.get(0).toString())
                .doesNotContain("5f1ecb33-5c63-4606-8e30-824e494194c6", "f0c7eed6-cc55-426f-9594-7ae14903e749");
    }

    @Test
    void readsTheEnvironmentAndContactCenterIdsFromPath() {
        gauth.stubFor(Call.ADD_ENVIRONMENT.answering(okJson(
                "{\"status\": {\"code\": 0}, \"path\": \"/environments/d0fb6386-236c-4739-aec0-b9c1bd6173df\"}")));
        gauth.stubFor(Call.ADD_CONTACT_CENTER.answering(okJson(
                "{\"status\": {\"code\": 0}, \"path\": \"/contact-centers/ed4c03f3-6275-4419-8b2b-11d14af10655\"}")));

        assertThat(client.addEnvironment(GauthFixtures.ACCESS_TOKEN, GauthFixtures.NEW_ENVIRONMENT)
                        .send()
                        .result()
                        .id())
                .isEqualTo("d0fb6386-236c-4739-aec0-b9c1bd6173df");
        assertThat(client.addContactCenter(GauthFixtures.ACCESS_TOKEN, GauthFixtures.NEW_CONTACT_CENTER)
                        .send()
                        .result()
                        .id())
                .isEqualTo("ed4c03f3-6275-4419-8b2b-11d14af10655");
    }

    @Test
    void acceptsTheReferenceBareStatusAnswersOfDataCenterAndCors() {
        gauth.stubFor(Call.ADD_DATA_CENTER.answering(okJson("{\"status\": {\"code\": 0}}")));
        gauth.stubFor(Call.UPDATE_CORS_SETTINGS.answering(okJson("{\"status\": {\"code\": 0}}")));

        client.addDataCenter(GauthFixtures.OPS, GauthFixtures.NEW_DATA_CENTER).send();
        client.updateContactCenterSetting(GauthFixtures.ACCESS_TOKEN, "cc-1", GauthFixtures.CORS)
                .send();

        assertThat(exchanges)
                .hasSize(2)
                .allSatisfy(exchange -> assertThat(exchange.succeeded()).isTrue());
    }

    @Test
    void failsWhenASuccessfulAnswerLacksTheValueToCarryForward() {
        gauth.stubFor(Call.ADD_CONTACT_CENTER.answering(okJson("{\"status\": {\"code\": 0}}")));
        gauth.stubFor(Call.CREATE_TOKEN.answering(okJson("{\"token_type\": \"bearer\"}")));

        assertThatThrownBy(() -> client.addContactCenter(GauthFixtures.ACCESS_TOKEN, GauthFixtures.NEW_CONTACT_CENTER)
                        .send())
                .isInstanceOf(GauthFailure.MalformedResponse.class)
                .hasMessageContaining("no 'path'");
        assertThatThrownBy(() -> client.createToken(GauthFixtures.API_CLIENT, GauthFixtures.OPS)
                        .send())
                .isInstanceOf(GauthFailure.MalformedResponse.class)
                .hasMessageContaining("access_token");
    }

    @Test
    void sendsEachRequestAsTheProcedureWritesIt() {
        gauth.stubFor(Call.CREATE_API_CLIENT.answering(
                okJson("{\"status\":{\"code\":0},\"data\":{\"client_secret\":\"s\"}}")));
        gauth.stubFor(Call.CREATE_TOKEN.answering(okJson("{\"access_token\":\"t\"}")));
        gauth.stubFor(Call.ADD_ENVIRONMENT.answering(okJson("{\"status\":{\"code\":0},\"path\":\"/environments/e\"}")));

        client.createApiClient(GauthFixtures.OPS, GauthFixtures.NEW_CLIENT).send();
        client.createToken(GauthFixtures.API_CLIENT, GauthFixtures.OPS).send();
        client.addEnvironment(GauthFixtures.ACCESS_TOKEN, GauthFixtures.NEW_ENVIRONMENT)
                .send();

        gauth.verify(postRequestedFor(urlPathEqualTo("/auth/v3/ops/clients"))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials(
                        "ops", GauthFixtures.OPS_PASSWORD.reveal()))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"data": {"name": "external_api_client", "clientType": "CONFIDENTIAL", "internalClient": true,
                          "refreshTokenExpirationTimeout": 43200, "client_id": "external_api_client", "client_secret": "",
                          "authorities": ["ROLE_INTERNAL_CLIENT"], "scope": ["*"],
                          "authorizedGrantTypes": ["client_credentials", "authorization_code", "refresh_token", "password"],
                          "redirectURIs": ["https://gauth.example.com", "https://wwe.example.com"],
                          "accessTokenExpirationTimeout": 43200}}""")));
        gauth.verify(postRequestedFor(urlPathEqualTo("/auth/v3/oauth/token"))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials(
                        "external_api_client", GauthFixtures.CLIENT_SECRET.reveal()))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("username=ops&client_id=external_api_client&grant_type=password&password="
                        + GauthFixtures.OPS_PASSWORD.reveal())));
        gauth.verify(postRequestedFor(urlPathEqualTo("/environment/v3/environments"))
                .withHeader("Authorization", equalTo("Bearer " + GauthFixtures.ACCESS_TOKEN.reveal()))
                .withRequestBody(equalToJson("""
                        {"data": {"id": "acme-cc", "username": "default", "password": "planted-cfg-password-2M",
                          "connectionProtocol": "addp", "remoteTimeout": 7, "appName": "Cloud", "traceMode": "CFGTMBoth",
                          "tlsEnabled": false, "configServers": [{"primaryPort": 2020, "readOnly": false,
                          "primaryAddress": "172.24.132.84", "locations": "/USW1"}], "localTimeout": 5,
                          "tenant": "Environment"}}""")));
    }

    /** The procedure's bodies byte for byte: field names and order, {@code "shared"} as a string, origins joined by a comma. */
    @Test
    void sendsStepsFourToSixExactlyAsTheProcedureWritesThem() {
        gauth.stubFor(
                Call.ADD_CONTACT_CENTER.answering(okJson("{\"status\":{\"code\":0},\"path\":\"/contact-centers/c\"}")));
        gauth.stubFor(Call.ADD_DATA_CENTER.answering(okJson("{\"status\":{\"code\":0}}")));
        gauth.stubFor(Call.UPDATE_CORS_SETTINGS.answering(okJson("{\"status\":{\"code\":0}}")));

        client.addContactCenter(GauthFixtures.ACCESS_TOKEN, GauthFixtures.NEW_CONTACT_CENTER)
                .send();
        client.addDataCenter(GauthFixtures.OPS, GauthFixtures.NEW_DATA_CENTER).send();
        client.updateContactCenterSetting(GauthFixtures.ACCESS_TOKEN, "cc-1", GauthFixtures.CORS)
                .send();

        gauth.verify(postRequestedFor(urlPathEqualTo("/environment/v3/contact-centers"))
                .withHeader("Authorization", equalTo("Bearer " + GauthFixtures.ACCESS_TOKEN.reveal()))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalTo("{\"data\":{\"domains\":[\"acme.example.com\"],"
                        + "\"environmentId\":\"d0fb6386-236c-4739-aec0-b9c1bd6173df\",\"auth\":\"configServer\","
                        + "\"id\":\"acme-cc\"}}")));
        gauth.verify(postRequestedFor(urlPathEqualTo("/environment/v3/data-centers"))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials(
                        "ops", GauthFixtures.OPS_PASSWORD.reveal()))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalTo("{\"data\":{\"location\":\"/usw1\","
                        + "\"entryPoint\":\"https://gauth.example.com\",\"readOnly\":false}}")));
        gauth.verify(postRequestedFor(urlPathEqualTo("/environment/v3/contact-centers/cc-1/settings"))
                .withHeader("Authorization", equalTo("Bearer " + GauthFixtures.ACCESS_TOKEN.reveal()))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalTo("{\"data\":{\"location\":\"/\",\"name\":\"cors-origins\","
                        + "\"shared\":\"true\",\"value\":\"https://a.example.com,https://b.example.com\"}}")));
    }

    @Test
    void renewsATokenWithTheStandardRefreshGrant() {
        gauth.stubFor(Call.REFRESH_TOKEN.answering(
                okJson("{\"access_token\":\"new\",\"token_type\":\"bearer\",\"expires_in\":600}")));

        AccessToken token = client.refreshToken(GauthFixtures.API_CLIENT, GauthFixtures.REFRESH_TOKEN)
                .send()
                .result();

        assertThat(token.accessToken()).isEqualTo(Secret.of("new"));
        assertThat(token.expiresIn()).isEqualTo(Duration.ofSeconds(600));
        gauth.verify(postRequestedFor(urlPathEqualTo("/auth/v3/oauth/token"))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials(
                        "external_api_client", GauthFixtures.CLIENT_SECRET.reveal()))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(
                        equalTo("grant_type=refresh_token&refresh_token=" + GauthFixtures.REFRESH_TOKEN.reveal())));
        assertThat(exchanges.get(0).toString()).doesNotContain(GauthFixtures.REFRESH_TOKEN.reveal());
    }

    @Test
    void handsTheListenerARedactedCompleteExchange() {
        gauth.stubFor(Call.CREATE_TOKEN.answering(okJson(
                "{\"access_token\":\"planted-returned-token-1\",\"refresh_token\":\"planted-returned-refresh-2\"}")));

        client.createToken(GauthFixtures.API_CLIENT, GauthFixtures.OPS).send();

        GauthExchange exchange = exchanges.get(0);
        assertThat(exchange.call()).isEqualTo(GauthCall.CREATE_TOKEN);
        assertThat(exchange.method()).isEqualTo("POST");
        assertThat(exchange.url()).isEqualTo(gauth.baseUrl() + "/auth/v3/oauth/token");
        assertThat(exchange.requestHeaders().get("Authorization").get(0))
                .startsWith("Basic external_api_client:[REDACTED");
        assertThat(exchange.requestBody()).startsWith("username=ops&client_id=external_api_client&grant_type=password");
        assertThat(exchange.httpStatus()).isEqualTo(200);
        assertThat(exchange.responseBody()).contains("access_token", "[REDACTED hmac:");
        assertThat(exchange.duration()).isPositive();
        assertThat(exchange.toString()).doesNotContain("planted-");
    }

    @Test
    void reportsARedirectAsAWrongBaseUrl() {
        gauth.stubFor(Call.ADD_DATA_CENTER.answering(
                aResponse().withStatus(302).withHeader("Location", "https://gauth.example.com/login")));

        assertThatThrownBy(() -> client.addDataCenter(GauthFixtures.OPS, GauthFixtures.NEW_DATA_CENTER)
                        .send())
                .isInstanceOf(GauthFailure.Rejected.class)
                .hasMessageContaining("redirect")
                .hasMessageContaining("base URL");
    }

    @Test
    void quotesAProxysHtmlErrorPageAsShortPlainText() {
        gauth.stubFor(Call.ADD_ENVIRONMENT.answering(aResponse()
                .withStatus(502)
                .withHeader("Content-Type", "text/html")
                .withBody(
                        "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>")));

        assertThatThrownBy(() -> client.addEnvironment(GauthFixtures.ACCESS_TOKEN, GauthFixtures.NEW_ENVIRONMENT)
                        .send())
                .isInstanceOf(GauthFailure.GatewayFailed.class)
                .hasMessageContaining("HTTP 502 (502 Bad Gateway Bad Gateway)")
                .hasMessageNotContaining("<");
    }

    @Test
    void reportsARejectedPasswordGrantAsWrongOpsCredentials() {
        gauth.stubFor(Call.CREATE_TOKEN.answering(aResponse()
                .withStatus(400)
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Bad credentials\"}")));

        assertThatThrownBy(() -> client.createToken(GauthFixtures.API_CLIENT, GauthFixtures.OPS)
                        .send())
                .isInstanceOf(GauthFailure.CredentialsRejected.class)
                .hasMessageContaining("ops user name or password")
                .hasMessageContaining("invalid_grant: Bad credentials");
    }

    @Test
    void neverQuotesASecretThatGauthEchoesInAnError() {
        gauth.stubFor(Call.ADD_ENVIRONMENT.answering(aResponse()
                .withStatus(400)
                .withBody("{\"status\":{\"code\":1,\"message\":\"cannot log in to config server with "
                        + GauthFixtures.CONFIG_SERVER_PASSWORD.reveal() + "\"}}")));

        assertThatThrownBy(() -> client.addEnvironment(GauthFixtures.ACCESS_TOKEN, GauthFixtures.NEW_ENVIRONMENT)
                        .send())
                .isInstanceOf(GauthFailure.Rejected.class)
                .hasMessageNotContaining("planted-")
                .hasMessageContaining("[REDACTED hmac:");
    }

    @Test
    void tellsWhetherAnObjectExistsOrThatItCannotCheck() throws IOException {
        gauth.stubFor(get("/environment/v3/environments/known")
                .willReturn(
                        okJson("{\"status\":{\"code\":0},\"data\":{\"id\":\"acme-cc\",\"password\":\"planted-x1\"}}")));
        gauth.stubFor(get("/environment/v3/environments/unknown")
                .willReturn(aResponse().withStatus(404).withBody("{\"status\":{\"code\":3}}")));
        gauth.stubFor(get("/environment/v3/contact-centers/any")
                .willReturn(aResponse().withStatus(405)));

        assertThat(client.findEnvironment(GauthFixtures.ACCESS_TOKEN, "known"))
                .satisfies(found -> assertThat(found.state()).isEqualTo(Existence.State.EXISTS))
                .satisfies(
                        found -> assertThat(found.detail()).contains("acme-cc").doesNotContain("planted-"));
        assertThat(client.findEnvironment(GauthFixtures.ACCESS_TOKEN, "unknown").state())
                .isEqualTo(Existence.State.ABSENT);
        assertThat(client.findContactCenter(GauthFixtures.ACCESS_TOKEN, "any").state())
                .isEqualTo(Existence.State.CANNOT_CHECK);
        GauthClient offline =
                GauthFixtures.client(URI.create("http://localhost:" + closedPort()), RESPONSE_TIMEOUT, exchanges);
        assertThat(offline.findApiClient(GauthFixtures.OPS, "external_api_client")
                        .state())
                .isEqualTo(Existence.State.CANNOT_CHECK);
    }

    @Test
    void previewsTheExactRequestRedactedAndAsCurlWithoutSendingIt() {
        PreparedCall<CreatedObject> call =
                client.addEnvironment(GauthFixtures.ACCESS_TOKEN, GauthFixtures.NEW_ENVIRONMENT);

        RequestPreview preview = call.preview();

        assertThat(preview.method()).isEqualTo("POST");
        assertThat(preview.url()).isEqualTo(gauth.baseUrl() + "/environment/v3/environments");
        assertThat(preview.headers().get("Authorization").get(0)).isEqualTo("Bearer [REDACTED]");
        assertThat(preview.body()).contains("\"connectionProtocol\":\"addp\"", "\"password\":\"[REDACTED]\"");
        assertThat(preview.toString()).doesNotContain("hmac:");
        assertThat(preview.curl())
                .startsWith("curl --request POST '" + gauth.baseUrl() + "/environment/v3/environments'")
                .contains("--header 'Content-Type: application/json'", "--data-raw '{\"data\":")
                .doesNotContain("planted-");
        assertThat(gauth.getAllServeEvents()).isEmpty();
        assertThat(exchanges).isEmpty();
    }

    @Test
    void recordsTheSentRequestWithFingerprintsWhereThePreviewShowsPlainMarkers() {
        PreparedCall<CreatedObject> call =
                client.addEnvironment(GauthFixtures.ACCESS_TOKEN, GauthFixtures.NEW_ENVIRONMENT);

        RequestPreview recorded = call.recorded();

        assertThat(recorded.headers().get("Authorization").get(0)).startsWith("Bearer [REDACTED hmac:");
        assertThat(recorded.body()).contains("\"password\":\"[REDACTED hmac:").doesNotContain("planted-");
        assertThat(gauth.getAllServeEvents()).isEmpty();
    }

    @Test
    void quotesSingleQuotesSafelyInTheCurlCommand() {
        RequestPreview preview = new RequestPreview("POST", "http://x/a", java.util.Map.of(), "{\"name\":\"O'Brien\"}");

        assertThat(preview.curl()).endsWith("--data-raw '{\"name\":\"O'\\''Brien\"}'");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
