package com.gauthconsole.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a person the company's provider signed in into a console user: their roles come from their groups at every
 * sign-in, so a person removed from a group loses the role the next time they sign in, and a person with no role is
 * refused. The principal kept in the session holds the ID token's claims but not the token itself: sessions live in
 * the database, and nothing needs the token after sign-in.
 */
class CompanyUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final String TOKEN_NOT_KEPT = "[not kept]";

    /** As long as a name the audit records can be. */
    private static final int MAX_USERNAME_LENGTH = 100;

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final CompanySignInProperties properties;

    CompanyUsers(CompanySignInProperties properties) {
        this(new OidcUserService(), properties);
    }

    CompanyUsers(OAuth2UserService<OidcUserRequest, OidcUser> provider, CompanySignInProperties properties) {
        this.provider = provider;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = provider.loadUser(request);
        String nameAttribute = request.getClientRegistration()
                .getProviderDetails()
                .getUserInfoEndpoint()
                .getUserNameAttributeName();
        String key = nameAttribute == null || nameAttribute.isBlank() ? "sub" : nameAttribute;
        Set<Role> roles = properties.rolesOf(groupsOf(signedIn.getAttribute(properties.groupsClaim())));
        String username = String.valueOf((Object) signedIn.getAttribute(key));
        if (username.isBlank() || username.length() > MAX_USERNAME_LENGTH) {
            throw new OAuth2AuthenticationException(new OAuth2Error("unusable_user_name"));
        }
        if (roles.isEmpty()) {
            throw new NoConsoleRole(username);
        }
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        OidcIdToken token = signedIn.getIdToken();
        OidcIdToken claimsOnly =
                new OidcIdToken(TOKEN_NOT_KEPT, token.getIssuedAt(), token.getExpiresAt(), token.getClaims());
        return new DefaultOidcUser(authorities, claimsOnly, signedIn.getUserInfo(), key);
    }

    /** A claim of groups is a list of names, or one name where a provider sends a single group as a string. */
    private static Collection<String> groupsOf(Object claim) {
        if (claim instanceof Collection<?> groups) {
            return groups.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}
