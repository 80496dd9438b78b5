package com.gauthconsole.gauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.gauthconsole.secret.Secret;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's client and the built-in simulator agree on every call, success and refusal alike. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GauthClientAgainstSimulatorTest {

    private static final BasicCredentials OPS = new BasicCredentials("ops", Secret.of("ops"));

    @LocalServerPort
    int port;

    @Autowired
    GauthClients clients;

    @Autowired
    GauthProperties properties;

    private final List<GauthExchange> exchanges = new ArrayList<>();
    private GauthClient gauth;
    private String unique;

    @BeforeEach
    void connect() {
        gauth = clients.to(properties.endpoint(URI.create("http://localhost:" + port + "/gauth-sim")));
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private <T> T sent(PreparedCall<T> call) {
        Exchanged<T> sent = call.send();
        exchanges.add(sent.exchange());
        return sent.result();
    }

    @Test
    void provisionsACustomerThroughAllSixCallsEachReturningItsRedactedExchange() {
        CreatedApiClient client = sent(gauth.createApiClient(OPS, newClient("client-" + unique)));
        AccessToken token =
                sent(gauth.createToken(new BasicCredentials(client.clientId(), client.clientSecret()), OPS));
        CreatedObject environment = sent(gauth.addEnvironment(token.accessToken(), newEnvironment("cc-" + unique)));
        CreatedObject contactCenter = sent(gauth.addContactCenter(
                token.accessToken(),
                new NewContactCenter(
                        List.of(unique + ".example.com"), environment.id(), "configServer", "cc-" + unique)));
        sent(gauth.addDataCenter(OPS, new NewDataCenter("/" + unique, "https://gauth.example.com", false)));
        sent(gauth.updateContactCenterSetting(
                token.accessToken(),
                contactCenter.id(),
                ContactCenterSetting.corsOrigins(List.of("https://a.example.com"))));

        assertThat(client.clientSecret().isEmpty()).isFalse();
        assertThat(UUID.fromString(environment.id())).isNotNull();
        assertThat(UUID.fromString(contactCenter.id())).isNotNull();
        assertThat(exchanges)
                .extracting(GauthExchange::call)
                .containsExactly(
                        GauthCall.CREATE_API_CLIENT,
                        GauthCall.CREATE_TOKEN,
                        GauthCall.ADD_ENVIRONMENT,
                        GauthCall.ADD_CONTACT_CENTER,
                        GauthCall.ADD_DATA_CENTER,
                        GauthCall.UPDATE_CORS_SETTINGS);
        assertThat(exchanges)
                .allSatisfy(exchange -> assertThat(exchange.succeeded()).isTrue());
        assertThat(exchanges.toString())
                .doesNotContain(
                        client.clientSecret().reveal(), token.accessToken().reveal());
        Existence found = gauth.findContactCenter(token.accessToken(), contactCenter.id());
        assertThat(found.state()).isEqualTo(Existence.State.EXISTS);
        assertThat(found.lookUp().httpStatus()).isEqualTo(200);
        assertThat(found.lookUp().toString()).doesNotContain(token.accessToken().reveal());
        assertThat(gauth.findEnvironment(token.accessToken(), UUID.randomUUID().toString())
                        .state())
                .isEqualTo(Existence.State.ABSENT);
        assertThat(gauth.findApiClient(OPS, client.clientId()).state()).isEqualTo(Existence.State.EXISTS);
    }

    @Test
    void reportsASecondClientWithTheSameIdAsAlreadyExisting() {
        gauth.createApiClient(OPS, newClient("dup-" + unique)).send();

        assertThatThrownBy(() ->
                        gauth.createApiClient(OPS, newClient("dup-" + unique)).send())
                .isInstanceOfSatisfying(GauthFailure.AlreadyExists.class, failure -> {
                    assertThat(failure.exchange().httpStatus()).isEqualTo(409);
                    assertThat(failure.exchange().failure()).isEqualTo(failure.getMessage());
                })
                .hasMessageContaining("API client already exists");
    }

    @Test
    void reportsWrongOpsCredentialsAsSuch() {
        assertThatThrownBy(() -> gauth.createApiClient(
                                new BasicCredentials("ops", Secret.of("not-the-password")), newClient("c-" + unique))
                        .send())
                .isInstanceOf(GauthFailure.CredentialsRejected.class)
                .hasMessageContaining("ops credentials")
                .hasMessageContaining("HTTP 401");
    }

    @Test
    void reportsAnUnknownTokenAsMissingOrExpired() {
        assertThatThrownBy(() -> gauth.addEnvironment(Secret.of("no-such-token"), newEnvironment("cc-" + unique))
                        .send())
                .isInstanceOf(GauthFailure.CredentialsRejected.class)
                .hasMessageContaining("create a new token");
    }

    private static NewApiClient newClient(String clientId) {
        return new NewApiClient(
                clientId,
                "CONFIDENTIAL",
                true,
                43200,
                clientId,
                Secret.empty(),
                List.of("ROLE_INTERNAL_CLIENT"),
                List.of("*"),
                List.of("client_credentials", "authorization_code", "refresh_token", "password"),
                List.of("https://gauth.example.com"),
                43200);
    }

    private static NewEnvironment newEnvironment(String id) {
        return new NewEnvironment(
                id,
                "default",
                Secret.of("cfg-password"),
                "addp",
                7,
                "Cloud",
                "CFGTMBoth",
                false,
                List.of(new NewEnvironment.ConfigServer(2020, false, "172.24.132.84", "/USW1")),
                5,
                "Environment");
    }
}
