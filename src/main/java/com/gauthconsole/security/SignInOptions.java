package com.gauthconsole.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The ways in that the login page offers: a button for each OpenID Connect provider of {@code
 * spring.security.oauth2.client}, and the form for the console's own accounts while it is open.
 */
@Component
public class SignInOptions {

    /** A provider's button: where it starts the sign-in and what it says. */
    public record Provider(String registrationId, String name) {

        public String startPath() {
            return "/oauth2/authorization/" + registrationId;
        }
    }

    private final List<Provider> providers;
    private final boolean localAccountsOpen;

    SignInOptions(ObjectProvider<ClientRegistrationRepository> registrations, CompanySignInProperties properties) {
        List<Provider> found = new ArrayList<>();
        registrations.ifAvailable(repository -> {
            if (repository instanceof Iterable<?> all) {
                all.forEach(registration -> {
                    ClientRegistration client = (ClientRegistration) registration;
                    found.add(new Provider(client.getRegistrationId(), client.getClientName()));
                });
            }
        });
        this.providers = List.copyOf(found);
        this.localAccountsOpen = providers.isEmpty() || properties.localAccounts();
    }

    public List<Provider> providers() {
        return providers;
    }

    /** Always while no provider is configured, so that a fresh installation can be entered; else as configured. */
    public boolean localAccountsOpen() {
        return localAccountsOpen;
    }
}
