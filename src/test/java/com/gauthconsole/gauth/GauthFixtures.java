package com.gauthconsole.gauth;

import com.gauthconsole.secret.Fingerprinter;
import com.gauthconsole.secret.Redactor;
import com.gauthconsole.secret.Secret;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The procedure's documented request values, and a client wired without Spring for contract tests. */
final class GauthFixtures {

    static final Secret OPS_PASSWORD = Secret.of("planted-ops-password-7Q");
    static final BasicCredentials OPS = new BasicCredentials("ops", OPS_PASSWORD);
    static final Secret CLIENT_SECRET = Secret.of("planted-client-secret-9X");
    static final BasicCredentials API_CLIENT = new BasicCredentials("external_api_client", CLIENT_SECRET);
    static final Secret ACCESS_TOKEN = Secret.of("planted-access-token-4K");
    static final Secret REFRESH_TOKEN = Secret.of("planted-refresh-token-5R");
    static final Secret CONFIG_SERVER_PASSWORD = Secret.of("planted-cfg-password-2M");

    static final NewApiClient NEW_CLIENT = new NewApiClient(
            "external_api_client",
            "CONFIDENTIAL",
            true,
            43200,
            "external_api_client",
            Secret.empty(),
            List.of("ROLE_INTERNAL_CLIENT"),
            List.of("*"),
            List.of("client_credentials", "authorization_code", "refresh_token", "password"),
            List.of("https://gauth.example.com", "https://wwe.example.com"),
            43200);

    static final NewEnvironment NEW_ENVIRONMENT = new NewEnvironment(
            "acme-cc",
            "default",
            CONFIG_SERVER_PASSWORD,
            "addp",
            7,
            "Cloud",
            "CFGTMBoth",
            false,
            List.of(new NewEnvironment.ConfigServer(2020, false, "172.24.132.84", "/USW1")),
            5,
            "Environment");

    static final NewContactCenter NEW_CONTACT_CENTER = new NewContactCenter(
            List.of("acme.example.com"), "d0fb6386-236c-4739-aec0-b9c1bd6173df", "configServer", "acme-cc");

    static final NewDataCenter NEW_DATA_CENTER = new NewDataCenter("/usw1", "https://gauth.example.com", false);

    static final ContactCenterSetting CORS =
            ContactCenterSetting.corsOrigins(List.of("https://a.example.com", "https://b.example.com"));

    static final byte[] FINGERPRINT_KEY = "test-fingerprint-key-32-bytes-long!".getBytes();

    private GauthFixtures() {}

    static Redactor redactor() {
        return new Redactor(new Fingerprinter(FINGERPRINT_KEY));
    }

    static GauthClient client(URI baseUrl, Duration responseTimeout, List<GauthExchange> recorded) {
        var beans = new StaticListableBeanFactory();
        beans.addBean("recorder", (GauthExchangeListener) recorded::add);
        GauthClients clients = new GauthClients(
                redactor(),
                new DeniedNetworks(
                        new GauthProperties(Duration.ofSeconds(2), responseTimeout, List.of("169.254.0.0/16"))),
                beans.getBeanProvider(GauthExchangeListener.class),
                beans.getBeanProvider(Clock.class));
        return clients.to(new GauthEndpoint(baseUrl, Duration.ofSeconds(2), responseTimeout));
    }

    static List<GauthExchange> recorder() {
        return new CopyOnWriteArrayList<>();
    }
}
