package com.gauthconsole.security;

import jakarta.validation.constraints.NotBlank;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in through the company's OpenID Connect providers (declared under {@code spring.security.oauth2.client}).
 *
 * @param groupsClaim the claim of the ID token (or user info) that lists a person's groups
 * @param roles the groups that give each role; a person gets every role one of their groups gives
 * @param localAccounts whether the console's own accounts may still sign in once a provider is configured (break-glass
 *     accounts); without a provider they always may, or a fresh installation could not be entered
 */
@Validated
@ConfigurationProperties(prefix = "console.company-sign-in")
public record CompanySignInProperties(
        @DefaultValue("groups") @NotBlank String groupsClaim,
        Map<Role, Set<String>> roles,
        @DefaultValue("true") boolean localAccounts) {

    public CompanySignInProperties {
        roles = roles == null ? Map.of() : Map.copyOf(roles);
    }

    /** The roles the groups give, evaluated afresh at every sign-in. */
    Set<Role> rolesOf(Collection<String> groups) {
        Set<Role> given = EnumSet.noneOf(Role.class);
        roles.forEach((role, roleGroups) -> {
            if (roleGroups.stream().anyMatch(groups::contains)) {
                given.add(role);
            }
        });
        return given;
    }
}
