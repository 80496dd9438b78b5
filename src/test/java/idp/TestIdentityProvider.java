package idp;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID provider for the tests: Spring Authorization Server, started as an application of its own on its
 * own port (once per test run, {@link #shared()}), that signs people in with its own login form and issues signed ID
 * tokens carrying their groups. Its people and their groups can change while it runs, as at a company. It lives
 * outside the console's packages so that the console's component scan never finds it.
 *
 * <p>The console reaches it as {@code localhost} and is reached back as {@code 127.0.0.1}: two hosts, so the browser
 * keeps the two applications' cookies apart, and the authorization server accepts any port on a loopback address
 * in a redirect URI (RFC 8252), which the console's random test port needs.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestIdentityProvider {

    public static final String CLIENT_ID = "gauth-console";
    /** Planted like a canary: it must never appear in the console's database, log or pages. */
    public static final String CLIENT_SECRET = "canary-oidc-client-secret-6c0e";

    public static final String PASSWORD = "idp-password-for-everyone";
    public static final String REGISTRATION_ID = "company";

    private static final String[] EXCLUDED = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
        "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
        "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration"
    };

    private static Running shared;

    /** The people of the company and their groups, read at every token the provider issues. */
    public static final class People {
        private final Map<String, List<String>> groups = new ConcurrentHashMap<>(Map.of(
                "olivia", List.of("console-operators", "staff"),
                "aaron", List.of("console-auditors"),
                "liam", List.of("console-leads"),
                "ada", List.of("console-admins"),
                "nora", List.of("staff")));

        Set<String> names() {
            return groups.keySet();
        }

        List<String> groupsOf(String name) {
            return groups.getOrDefault(name, List.of());
        }

        /** Moves a person to other groups, as the company's directory would. */
        public void setGroups(String name, List<String> newGroups) {
            groups.put(name, List.copyOf(newGroups));
        }
    }

    /** The provider while it runs. */
    public record Running(ConfigurableApplicationContext context, int port, People people, IssuedTokens tokens) {

        public String issuer() {
            return "http://localhost:" + port;
        }

        /** The console's settings for this provider, as a deployment would write them in its application.yml. */
        public Map<String, String> consoleProperties() {
            String registration = "spring.security.oauth2.client.registration." + REGISTRATION_ID + ".";
            String provider = "spring.security.oauth2.client.provider." + REGISTRATION_ID + ".";
            return Map.of(
                    registration + "client-id",
                    CLIENT_ID,
                    registration + "client-secret",
                    CLIENT_SECRET,
                    registration + "client-name",
                    "Test Company",
                    registration + "scope",
                    "openid,profile",
                    provider + "issuer-uri",
                    issuer());
        }
    }

    /** Starts the provider the first time it is asked for; every test class of the run shares it. */
    public static synchronized Running shared() {
        if (shared == null) {
            People people = new People();
            IssuedTokens tokens = new IssuedTokens();
            ConfigurableApplicationContext context = new SpringApplicationBuilder(TestIdentityProvider.class)
                    .initializers(application -> {
                        application.getBeanFactory().registerSingleton("people", people);
                        // Also the provider's OAuth2AuthorizationService.
                        application.getBeanFactory().registerSingleton("issuedTokens", tokens);
                    })
                    .run(
                            "--spring.config.name=test-identity-provider",
                            "--server.port=0",
                            "--spring.application.name=test-identity-provider",
                            "--spring.main.banner-mode=off",
                            "--management.endpoints.enabled-by-default=false",
                            "--spring.autoconfigure.exclude=" + String.join(",", EXCLUDED));
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            shared = new Running(context, port, people, tokens);
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return shared;
    }

    @Bean
    RegisteredClientRepository clients() {
        return new InMemoryRegisteredClientRepository(
                RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(CLIENT_ID)
                        .clientSecret("{noop}" + CLIENT_SECRET)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        // Any port on the loopback address, per RFC 8252, matches this.
                        .redirectUri("http://127.0.0.1/login/oauth2/code/" + REGISTRATION_ID)
                        .scope(OidcScopes.OPENID)
                        .scope(OidcScopes.PROFILE)
                        .clientSettings(ClientSettings.builder()
                                .requireAuthorizationConsent(false)
                                .build())
                        .build());
    }

    @Bean
    UserDetailsService companyDirectory(People people) {
        return new InMemoryUserDetailsManager(people.names().stream()
                .map(name -> User.withUsername(name)
                        .password("{noop}" + PASSWORD)
                        .roles("EMPLOYEE")
                        .build())
                .toList());
    }

    /** The groups claim, read from the directory when the token is issued. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> groupsInIdToken(People people) {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                String name = context.getPrincipal().getName();
                context.getClaims().claim("groups", people.groupsOf(name)).claim("preferred_username", name);
            }
        };
    }
}
