package com.gauthconsole.sim;

import static com.gauthconsole.testing.GauthSimulatorClient.OPS;
import static com.gauthconsole.testing.GauthSimulatorClient.basic;
import static com.gauthconsole.testing.GauthSimulatorClient.bearer;
import static com.gauthconsole.testing.GauthSimulatorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.testing.GauthSimulatorClient;
import com.gauthconsole.testing.MutableClock;
import com.gauthconsole.testing.MutableClockConfiguration;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClockConfiguration.class)
class GauthSimulatorTest {

    private static final String ENVIRONMENT_TEMPLATE = """
            {"data": {"id": "%s", "username": "default", "password": "password", "connectionProtocol": "addp",
             "remoteTimeout": 7, "appName": "Cloud", "traceMode": "CFGTMBoth", "tlsEnabled": false,
             "configServers": [{"primaryPort": 2020, "readOnly": false, "primaryAddress": "172.24.132.84",
             "locations": "/USW1"}], "localTimeout": 5, "tenant": "Environment"}}""";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    GauthSimulatorClient gauth;

    @BeforeEach
    void resetSimulator() {
        gauth = new GauthSimulatorClient(port);
        assertThat(gauth.postJson("/control/reset", OPS, "").statusCode()).isEqualTo(204);
    }

    @Test
    void sendsTheReferenceProceduresSixRequestsInOrderAndTheySucceed() {
        HttpResponse<String> client = gauth.postJson("/auth/v3/ops/clients", basic("ops", "ops"), """
                {"data": {
                "name": "external_api_client",
                "clientType": "CONFIDENTIAL",
                "internalClient": true,
                "refreshTokenExpirationTimeout": 43200,
                "client_id": "external_api_client",
                "client_secret": "",
                "authorities": ["ROLE_INTERNAL_CLIENT"],
                "scope": ["*"],
                "authorizedGrantTypes": ["client_credentials", "authorization_code", "refresh_token", "password"],
                "redirectURIs": ["https://gauth.example.com","https://wwe.example.com","https://gws.example.com","https://prov.example.com"],
                "accessTokenExpirationTimeout": 43200
                }
                }""");
        assertThat(client.statusCode()).isEqualTo(200);
        JsonNode clientBody = json(client);
        assertThat(clientBody.at("/status/code").intValue()).isZero();
        JsonNode clientData = clientBody.get("data");
        assertThat(clientData.get("client_id").stringValue()).isEqualTo("external_api_client");
        assertThat(clientData.get("name").stringValue()).isEqualTo("external_api_client");
        assertThat(clientData.get("createdAt").isIntegralNumber()).isTrue();
        assertThat(Base64.getDecoder()
                        .decode(clientData.get("encrypted_client_secret").stringValue()))
                .isNotEmpty();
        assertThat(clientData.get("authorizedGrantTypes").values())
                .extracting(JsonNode::stringValue)
                .containsExactlyInAnyOrder(
                        "client_credentials",
                        "authorization_code",
                        "refresh_token",
                        "password",
                        "urn:ietf:params:oauth:grant-type:token-exchange",
                        "urn:ietf:params:oauth:grant-type:jwt-bearer");
        String clientSecret = clientData.get("client_secret").stringValue();
        assertThat(clientSecret).isNotBlank();

        Map<String, String> tokenForm = new LinkedHashMap<>();
        tokenForm.put("username", "ops");
        tokenForm.put("client_id", "external_api_client");
        tokenForm.put("grant_type", "password");
        tokenForm.put("password", "ops");
        HttpResponse<String> token =
                gauth.postForm("/auth/v3/oauth/token", basic("external_api_client", clientSecret), tokenForm);
        assertThat(token.statusCode()).isEqualTo(200);
        JsonNode tokenBody = json(token);
        assertThat(tokenBody.get("token_type").stringValue()).isEqualTo("bearer");
        assertThat(tokenBody.get("expires_in").intValue()).isEqualTo(43199);
        assertThat(tokenBody.get("scope").stringValue()).isEqualTo("*");
        assertThat(UUID.fromString(tokenBody.get("refresh_token").stringValue()))
                .isNotNull();
        String accessToken = tokenBody.get("access_token").stringValue();
        assertThat(UUID.fromString(accessToken)).isNotNull();

        HttpResponse<String> environment = gauth.postJson("/environment/v3/environments", bearer(accessToken), """
                {
                "data": {
                "id" : "acme-cc",
                "username": "default",
                "password": "password",
                "connectionProtocol": "addp",
                "remoteTimeout": 7,
                "appName": "Cloud",
                "traceMode": "CFGTMBoth",
                "tlsEnabled": false,
                "configServers": [{
                "primaryPort": 2020,
                "readOnly": false,
                "primaryAddress": "172.24.132.84",
                "locations": "/USW1"
                }],
                "localTimeout": 5,
                "tenant": "Environment"
                }
                }""");
        assertThat(environment.statusCode()).isEqualTo(200);
        String environmentId = idFromPath(environment, "/environments/");

        HttpResponse<String> contactCenter =
                gauth.postJson("/environment/v3/contact-centers", bearer(accessToken), """
                {
                "data": {
                "domains": ["example.com"],
                "environmentId": "%s",
                "auth": "configServer",
                "id" : "acme-cc"
                }
                }""".formatted(environmentId));
        assertThat(contactCenter.statusCode()).isEqualTo(200);
        String ccid = idFromPath(contactCenter, "/contact-centers/");

        HttpResponse<String> dataCenter =
                gauth.postJson("/environment/v3/data-centers", basic("ops", "ops"), """
                {
                "data": {
                "location": "/usw1",
                "entryPoint": "%s",
                "readOnly": false
                }
                }""".formatted(gauth.baseUrl()));
        assertThat(dataCenter.statusCode()).isEqualTo(200);
        assertThat(json(dataCenter).at("/status/code").intValue()).isZero();

        HttpResponse<String> cors =
                gauth.postJson("/environment/v3/contact-centers/" + ccid + "/settings", bearer(accessToken), """

                {
                "data":{
                "location":"/",
                "name":"cors-origins",
                "shared":"true",
                "value":"https://wwe.example.com,https://gws.example.com,https://prov.example.com"
                }
                }""");
        assertThat(cors.statusCode()).isEqualTo(200);
        assertThat(json(cors).at("/status/code").intValue()).isZero();

        JsonNode storedContactCenter = json(gauth.get("/environment/v3/contact-centers/" + ccid, bearer(accessToken)));
        assertThat(storedContactCenter.at("/data/environmentId").stringValue()).isEqualTo(environmentId);
        assertThat(storedContactCenter.at("/data/settings/0/value").stringValue())
                .isEqualTo("https://wwe.example.com,https://gws.example.com,https://prov.example.com");
    }

    @Test
    void rejectsWrongOpsCredentialsWith401() {
        HttpResponse<String> client =
                gauth.postJson("/auth/v3/ops/clients", basic("ops", "wrong"), clientJson("intruder", ""));
        HttpResponse<String> dataCenter = gauth.postJson("/environment/v3/data-centers", null, dataCenterJson("/eu1"));
        HttpResponse<String> read = gauth.get("/auth/v3/ops/clients/intruder", basic("admin", "ops"));

        assertThat(client.statusCode()).isEqualTo(401);
        assertThat(json(client).at("/status/message").stringValue()).isEqualTo("Invalid ops credentials");
        assertThat(dataCenter.statusCode()).isEqualTo(401);
        assertThat(json(dataCenter).at("/status/code").intValue()).isEqualTo(2);
        assertThat(read.statusCode()).isEqualTo(401);
        assertThat(gauth.get("/auth/v3/ops/clients/intruder", OPS).statusCode()).isEqualTo(404);
    }

    @Test
    void rejectsASecondClientWithTheSameClientIdAsDuplicate() {
        assertThat(gauth.postJson("/auth/v3/ops/clients", OPS, clientJson("twice", ""))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> second = gauth.postJson("/auth/v3/ops/clients", OPS, clientJson("twice", "other"));

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(json(second).at("/status/code").intValue()).isEqualTo(4);
        assertThat(json(second).at("/status/message").stringValue()).isEqualTo("Client 'twice' already exists");
    }

    @Test
    void rejectsADuplicateEnvironmentOrContactCenterAs409() {
        String token = gauth.accessToken("dup-client");
        String environmentId = idFromPath(
                gauth.postJson("/environment/v3/environments", bearer(token), ENVIRONMENT_TEMPLATE.formatted("dup")),
                "/environments/");
        assertThat(gauth.postJson(
                                "/environment/v3/contact-centers",
                                bearer(token),
                                contactCenterJson("dup", environmentId))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> environmentAgain =
                gauth.postJson("/environment/v3/environments", bearer(token), ENVIRONMENT_TEMPLATE.formatted("dup"));
        HttpResponse<String> contactCenterAgain = gauth.postJson(
                "/environment/v3/contact-centers", bearer(token), contactCenterJson("dup", environmentId));

        assertThat(environmentAgain.statusCode()).isEqualTo(409);
        assertThat(json(environmentAgain).at("/status/message").stringValue())
                .isEqualTo("Environment 'dup' already exists");
        assertThat(contactCenterAgain.statusCode()).isEqualTo(409);
        assertThat(json(contactCenterAgain).at("/status/message").stringValue())
                .isEqualTo("Contact center 'dup' already exists");
    }

    @Test
    void rejectsAnExpiredTokenWith401SayingItExpired() {
        String token = gauth.accessToken("expiring-client");
        clock.advance(Duration.ofSeconds(43199));

        HttpResponse<String> environment =
                gauth.postJson("/environment/v3/environments", bearer(token), ENVIRONMENT_TEMPLATE.formatted("late"));

        assertThat(environment.statusCode()).isEqualTo(401);
        assertThat(json(environment).at("/status/message").stringValue()).isEqualTo("Access token expired");
        assertThat(gauth.get("/environment/v3/environments/late", bearer(gauth.accessToken("fresh-client")))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void rejectsAMissingOrUnknownBearerTokenWith401() {
        HttpResponse<String> missing =
                gauth.postJson("/environment/v3/environments", null, ENVIRONMENT_TEMPLATE.formatted("anon"));
        HttpResponse<String> unknown = gauth.postJson(
                "/environment/v3/environments",
                bearer(UUID.randomUUID().toString()),
                ENVIRONMENT_TEMPLATE.formatted("anon"));

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(json(missing).at("/status/message").stringValue()).contains("Bearer access token required");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(json(unknown).at("/status/message").stringValue()).isEqualTo("Unknown access token");
    }

    @Test
    void answersTokenRequestsTheOAuthWayWhenClientOrGrantIsWrong() {
        gauth.createClient("oauth-client", "right");
        Map<String, String> grant = Map.of("username", "ops", "password", "ops", "grant_type", "password");

        HttpResponse<String> wrongSecret =
                gauth.postForm("/auth/v3/oauth/token", basic("oauth-client", "wrong"), grant);
        HttpResponse<String> wrongGrantType = gauth.postForm(
                "/auth/v3/oauth/token",
                basic("oauth-client", "right"),
                Map.of("username", "ops", "password", "ops", "grant_type", "client_credentials"));
        HttpResponse<String> wrongUser = gauth.postForm(
                "/auth/v3/oauth/token",
                basic("oauth-client", "right"),
                Map.of("username", "ops", "password", "nope", "grant_type", "password"));
        HttpResponse<String> otherClientId = gauth.postForm(
                "/auth/v3/oauth/token",
                basic("oauth-client", "right"),
                Map.of("username", "ops", "password", "ops", "grant_type", "password", "client_id", "someone"));

        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(json(wrongSecret).get("error").stringValue()).isEqualTo("invalid_client");
        assertThat(wrongGrantType.statusCode()).isEqualTo(400);
        assertThat(json(wrongGrantType).get("error").stringValue()).isEqualTo("unsupported_grant_type");
        assertThat(wrongUser.statusCode()).isEqualTo(400);
        assertThat(json(wrongUser).get("error").stringValue()).isEqualTo("invalid_grant");
        assertThat(otherClientId.statusCode()).isEqualTo(400);
        assertThat(json(otherClientId).get("error").stringValue()).isEqualTo("invalid_request");
    }

    @Test
    void rejectsAMissingRequiredFieldWith400NamingTheField() {
        String token = gauth.accessToken("validating-client");

        HttpResponse<String> noClientId = gauth.postJson("/auth/v3/ops/clients", OPS, """
                {"data": {"name": "x", "clientType": "CONFIDENTIAL", "authorizedGrantTypes": ["password"]}}""");
        HttpResponse<String> badPort = gauth.postJson(
                "/environment/v3/environments",
                bearer(token),
                ENVIRONMENT_TEMPLATE.formatted("ports").replace("2020", "70000"));
        HttpResponse<String> noLocation = gauth.postJson("/environment/v3/data-centers", OPS, """
                {"data": {"entryPoint": "https://gauth.example.com", "readOnly": true}}""");
        HttpResponse<String> unknownEnvironment = gauth.postJson(
                "/environment/v3/contact-centers",
                bearer(token),
                contactCenterJson("orphan", UUID.randomUUID().toString()));

        assertThat(noClientId.statusCode()).isEqualTo(400);
        assertThat(json(noClientId).at("/status/code").intValue()).isEqualTo(1);
        assertThat(json(noClientId).at("/status/message").stringValue()).isEqualTo("data.client_id is required");
        assertThat(badPort.statusCode()).isEqualTo(400);
        assertThat(json(badPort).at("/status/message").stringValue())
                .isEqualTo("data.configServers[0].primaryPort must be between 1 and 65535");
        assertThat(noLocation.statusCode()).isEqualTo(400);
        assertThat(json(noLocation).at("/status/message").stringValue()).isEqualTo("data.location is required");
        assertThat(unknownEnvironment.statusCode()).isEqualTo(400);
        assertThat(json(unknownEnvironment).at("/status/message").stringValue()).contains("data.environmentId");
    }

    @Test
    void rejectsAMalformedJsonBodyWith400StatusBody() {
        HttpResponse<String> response = gauth.postJson("/auth/v3/ops/clients", OPS, "{\"data\": {");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/status/code").intValue()).isEqualTo(1);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void answers404ForAnUnknownContactCenter() {
        String token = gauth.accessToken("lookup-client");
        String unknown = UUID.randomUUID().toString();

        HttpResponse<String> settings =
                gauth.postJson("/environment/v3/contact-centers/" + unknown + "/settings", bearer(token), """
                {"data": {"location": "/", "name": "cors-origins", "shared": "true", "value": "https://a.example.com"}}""");
        HttpResponse<String> read = gauth.get("/environment/v3/contact-centers/" + unknown, bearer(token));

        assertThat(settings.statusCode()).isEqualTo(404);
        assertThat(json(settings).at("/status/code").intValue()).isEqualTo(3);
        assertThat(read.statusCode()).isEqualTo(404);
    }

    @Test
    void readsObjectsOnlyByTheNewIdItAnsweredInTheirPathWithoutSecrets() {
        String token = gauth.accessToken("reading-client");
        String environmentId = idFromPath(
                gauth.postJson(
                        "/environment/v3/environments", bearer(token), ENVIRONMENT_TEMPLATE.formatted("read-me")),
                "/environments/");
        String ccid = idFromPath(
                gauth.postJson(
                        "/environment/v3/contact-centers", bearer(token), contactCenterJson("read-me", environmentId)),
                "/contact-centers/");

        JsonNode byPathId = json(gauth.get("/environment/v3/environments/" + environmentId, bearer(token)));
        HttpResponse<String> byCcId = gauth.get("/environment/v3/environments/read-me", bearer(token));
        HttpResponse<String> contactCenterByCcId = gauth.get("/environment/v3/contact-centers/read-me", bearer(token));
        JsonNode contactCenter = json(gauth.get("/environment/v3/contact-centers/" + ccid, bearer(token)));
        JsonNode client = json(gauth.get("/auth/v3/ops/clients/reading-client", OPS));

        assertThat(byPathId.at("/status/code").intValue()).isZero();
        assertThat(byPathId.at("/data/id").stringValue()).isEqualTo("read-me");
        assertThat(byPathId.at("/data/password").isMissingNode()).isTrue();
        assertThat(byCcId.statusCode()).isEqualTo(404);
        assertThat(contactCenterByCcId.statusCode()).isEqualTo(404);
        assertThat(contactCenter.get("path").stringValue()).isEqualTo("/contact-centers/" + ccid);
        assertThat(client.at("/data/client_id").stringValue()).isEqualTo("reading-client");
        assertThat(client.at("/data/client_secret").isMissingNode()).isTrue();
        assertThat(client.at("/data/encrypted_client_secret").isMissingNode()).isTrue();
    }

    @Test
    void issuesTokensThatLiveAsLongAsTheClientSaysAtMostTheConfiguredLifetime() {
        gauth.postJson("/auth/v3/ops/clients", OPS, """
                {"data": {"name": "short", "clientType": "CONFIDENTIAL", "client_id": "short", "client_secret": "s",
                 "authorizedGrantTypes": ["password", "refresh_token"], "accessTokenExpirationTimeout": 600,
                 "refreshTokenExpirationTimeout": 1200}}""");
        gauth.createClient("long", "s");
        Map<String, String> grant = Map.of("username", "ops", "password", "ops", "grant_type", "password");

        JsonNode shortToken = json(gauth.postForm("/auth/v3/oauth/token", basic("short", "s"), grant));
        JsonNode longToken = json(gauth.postForm("/auth/v3/oauth/token", basic("long", "s"), grant));
        clock.advance(Duration.ofSeconds(600));

        assertThat(shortToken.get("expires_in").intValue()).isEqualTo(600);
        assertThat(longToken.get("expires_in").intValue()).isEqualTo(43199);
        assertThat(gauth.get(
                                "/environment/v3/environments/x",
                                bearer(shortToken.get("access_token").stringValue()))
                        .statusCode())
                .isEqualTo(401);
        assertThat(gauth.get(
                                "/environment/v3/environments/x",
                                bearer(longToken.get("access_token").stringValue()))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void renewsATokenWithTheRefreshGrantUntilTheRefreshTokenExpires() {
        gauth.postJson("/auth/v3/ops/clients", OPS, """
                {"data": {"name": "renewing", "clientType": "CONFIDENTIAL", "client_id": "renewing",
                 "client_secret": "s", "authorizedGrantTypes": ["password", "refresh_token"],
                 "accessTokenExpirationTimeout": 600, "refreshTokenExpirationTimeout": 1200}}""");
        JsonNode first = json(gauth.postForm(
                "/auth/v3/oauth/token",
                basic("renewing", "s"),
                Map.of("username", "ops", "password", "ops", "grant_type", "password")));
        Map<String, String> refresh = Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                first.get("refresh_token").stringValue());
        clock.advance(Duration.ofSeconds(700));

        HttpResponse<String> renewed = gauth.postForm("/auth/v3/oauth/token", basic("renewing", "s"), refresh);
        HttpResponse<String> otherClient = gauth.postForm("/auth/v3/oauth/token", basic("other", "s"), refresh);
        clock.advance(Duration.ofSeconds(500));
        HttpResponse<String> tooLate = gauth.postForm("/auth/v3/oauth/token", basic("renewing", "s"), refresh);

        assertThat(renewed.statusCode()).isEqualTo(200);
        String accessToken = json(renewed).get("access_token").stringValue();
        assertThat(accessToken).isNotEqualTo(first.get("access_token").stringValue());
        assertThat(json(renewed).get("expires_in").intValue()).isEqualTo(600);
        assertThat(gauth.get("/environment/v3/environments/x", bearer(accessToken))
                        .statusCode())
                .isEqualTo(404);
        assertThat(otherClient.statusCode()).isEqualTo(401);
        assertThat(tooLate.statusCode()).isEqualTo(400);
        assertThat(json(tooLate).get("error").stringValue()).isEqualTo("invalid_grant");
    }

    @Test
    void refusesACorsSharedFlagThatIsNotTheStringTrueOrFalse() {
        String token = gauth.accessToken("strict-client");
        String environmentId = idFromPath(
                gauth.postJson("/environment/v3/environments", bearer(token), ENVIRONMENT_TEMPLATE.formatted("strict")),
                "/environments/");
        String ccid = idFromPath(
                gauth.postJson(
                        "/environment/v3/contact-centers", bearer(token), contactCenterJson("strict", environmentId)),
                "/contact-centers/");

        HttpResponse<String> booleanShared =
                gauth.postJson("/environment/v3/contact-centers/" + ccid + "/settings", bearer(token), """
                {"data": {"location": "/", "name": "cors-origins", "shared": true, "value": "https://a.example.com"}}""");

        assertThat(booleanShared.statusCode()).isEqualTo(400);
        assertThat(json(booleanShared).at("/status/message").stringValue())
                .isEqualTo("data.shared must be the string \"true\" or \"false\"");
    }

    @Test
    void injectedStatusFaultAnswersItsStatusAndCodeAndCreatesNothing() {
        addFault("""
                {"call": "ADD_DATA_CENTER", "httpStatus": 503, "statusCode": 7, "message": "db down", "times": 1}""");

        HttpResponse<String> faulted = gauth.postJson("/environment/v3/data-centers", OPS, dataCenterJson("/usw2"));
        HttpResponse<String> retried = gauth.postJson("/environment/v3/data-centers", OPS, dataCenterJson("/usw2"));

        assertThat(faulted.statusCode()).isEqualTo(503);
        assertThat(json(faulted).at("/status/code").intValue()).isEqualTo(7);
        assertThat(json(faulted).at("/status/message").stringValue()).isEqualTo("db down");
        assertThat(retried.statusCode()).isEqualTo(200);
    }

    @Test
    void injectedMalformedBodyFaultAnswersTextNoJsonParserAccepts() {
        addFault("""
                {"call": "CREATE_TOKEN", "httpStatus": 200, "body": "MALFORMED"}""");
        gauth.createClient("malformed-client", "s3cret");

        HttpResponse<String> response = gauth.postForm(
                "/auth/v3/oauth/token",
                basic("malformed-client", "s3cret"),
                Map.of("username", "ops", "password", "ops", "grant_type", "password"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isNotBlank();
        assertThat(isJson(response.body())).isFalse();
    }

    @Test
    void injectedEmptyBodyFaultAnswersNoContentUntilCleared() {
        addFault("""
                {"call": "READ_CLIENT", "httpStatus": 502, "body": "EMPTY"}""");

        HttpResponse<String> first = gauth.get("/auth/v3/ops/clients/anyone", OPS);
        HttpResponse<String> second = gauth.get("/auth/v3/ops/clients/anyone", OPS);
        assertThat(gauth.delete("/control/faults", OPS).statusCode()).isEqualTo(204);
        HttpResponse<String> afterClearing = gauth.get("/auth/v3/ops/clients/anyone", OPS);

        assertThat(first.statusCode()).isEqualTo(502);
        assertThat(first.body()).isEmpty();
        assertThat(second.statusCode()).isEqualTo(502);
        assertThat(afterClearing.statusCode()).isEqualTo(404);
    }

    @Test
    void delayOnlyFaultLetsTheClientTimeOutButStillCreatesTheObject() throws Exception {
        String token = gauth.accessToken("slow-client");
        addFault("""
                {"call": "ADD_ENVIRONMENT", "delay": "PT1S", "times": 1}""");

        boolean timedOut;
        try {
            gauth.postJsonWithTimeout(
                    "/environment/v3/environments",
                    bearer(token),
                    ENVIRONMENT_TEMPLATE.formatted("slow"),
                    Duration.ofMillis(200));
            timedOut = false;
        } catch (HttpTimeoutException expected) {
            timedOut = true;
        }

        assertThat(timedOut).isTrue();
        assertThat(awaitEnvironments(1, Duration.ofSeconds(10))).isEqualTo(1);
    }

    @Test
    void delayOnlyFaultDelaysAndThenSucceeds() {
        String token = gauth.accessToken("patient-client");
        addFault("""
                {"call": "ADD_ENVIRONMENT", "delay": "PT0.5S"}""");

        long started = System.nanoTime();
        HttpResponse<String> response = gauth.postJson(
                "/environment/v3/environments", bearer(token), ENVIRONMENT_TEMPLATE.formatted("patient"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("path").stringValue()).startsWith("/environments/");
    }

    @Test
    void listsArmedFaultsWithTheCallsLeft() {
        addFault("""
                {"call": "UPDATE_CORS", "httpStatus": 500, "times": 2}""");
        gauth.postJson("/environment/v3/contact-centers/x/settings", bearer(gauth.accessToken("listing-client")), "{}");

        JsonNode faults = json(gauth.get("/control/faults", OPS));

        assertThat(faults.size()).isEqualTo(1);
        assertThat(faults.get(0).get("call").stringValue()).isEqualTo("UPDATE_CORS");
        assertThat(faults.get(0).get("times").intValue()).isEqualTo(1);
        assertThat(faults.get(0).properties())
                .extracting(Map.Entry::getKey)
                .isSubsetOf("call", "httpStatus", "statusCode", "message", "body", "delay", "times");
    }

    @Test
    void rejectsAFaultThatDoesNothing() {
        HttpResponse<String> response = gauth.postJson("/control/faults", OPS, """
                {"call": "ADD_ENVIRONMENT"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/status/message").stringValue()).contains("httpStatus, a delay or both");
    }

    @Test
    void checksCredentialsBeforeAFaultSoNoAnonymousCallerIsHeldOrServedIt() {
        addFault("""
                {"call": "ADD_DATA_CENTER", "httpStatus": 503, "delay": "PT2M", "times": 1}""");
        addFault("""
                {"call": "CREATE_TOKEN", "httpStatus": 503, "delay": "PT2M", "times": 1}""");

        HttpResponse<String> anonymous = gauth.postJson("/environment/v3/data-centers", null, dataCenterJson("/usw9"));
        HttpResponse<String> wrongOps =
                gauth.postJson("/environment/v3/data-centers", basic("ops", "nope"), dataCenterJson("/usw9"));
        HttpResponse<String> unknownClient = gauth.postForm(
                "/auth/v3/oauth/token",
                basic("no-such-client", "x"),
                Map.of("username", "ops", "password", "ops", "grant_type", "password"));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(wrongOps.statusCode()).isEqualTo(401);
        assertThat(unknownClient.statusCode()).isEqualTo(401);
        JsonNode stillArmed = json(gauth.get("/control/faults", OPS));
        assertThat(stillArmed.size()).isEqualTo(2);
        assertThat(stillArmed.findValues("times")).allMatch(times -> times.intValue() == 1);
    }

    @Test
    void refusesAFaultDelayLongerThanTwoMinutes() {
        HttpResponse<String> tooLong = gauth.postJson("/control/faults", OPS, """
                {"call": "ADD_ENVIRONMENT", "delay": "PT2M1S"}""");

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).at("/status/message").stringValue()).contains("longer than 2 minutes");
        assertThat(json(gauth.get("/control/faults", OPS)).isEmpty()).isTrue();
    }

    @Test
    void controlEndpointsDemandOpsCredentials() {
        assertThat(gauth.get("/control/faults", null).statusCode()).isEqualTo(401);
        assertThat(gauth.postJson("/control/faults", basic("ops", "nope"), """
                        {"call": "CREATE_CLIENT", "httpStatus": 500}""").statusCode())
                .isEqualTo(401);
        assertThat(gauth.delete("/control/faults", null).statusCode()).isEqualTo(401);
        assertThat(gauth.postJson("/control/reset", null, "").statusCode()).isEqualTo(401);
        assertThat(json(gauth.get("/control/faults", OPS)).isEmpty()).isTrue();
    }

    private void addFault(String json) {
        assertThat(gauth.postJson("/control/faults", OPS, json).statusCode()).isEqualTo(201);
    }

    /** The simulator's count of environments once it reaches {@code expected}, or when patience runs out. */
    private int awaitEnvironments(int expected, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        int count = environments();
        while (count != expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            count = environments();
        }
        return count;
    }

    private int environments() {
        return json(gauth.get("/control/inventory", OPS)).get("environments").intValue();
    }

    private static String idFromPath(HttpResponse<String> response, String prefix) {
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.at("/status/code").intValue()).isZero();
        String path = body.get("path").stringValue();
        assertThat(path).startsWith(prefix);
        String id = path.substring(prefix.length());
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        return id;
    }

    private static boolean isJson(String text) {
        try {
            GauthSimulatorClient.JSON.readTree(text);
            return true;
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static String clientJson(String clientId, String secret) {
        return """
                {"data": {"name": "%s", "clientType": "CONFIDENTIAL", "client_id": "%s", "client_secret": "%s",
                 "authorizedGrantTypes": ["password"]}}""".formatted(clientId, clientId, secret);
    }

    private static String contactCenterJson(String id, String environmentId) {
        return """
                {"data": {"domains": "example.com", "environmentId": "%s", "auth": "configServer", "id": "%s"}}""".formatted(environmentId, id);
    }

    private static String dataCenterJson(String location) {
        return """
                {"data": {"location": "%s", "entryPoint": "https://gauth.example.com", "readOnly": false}}""".formatted(location);
    }
}
