package com.gauthconsole.api;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.security.Role;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * A call with a personal API token: before it is checked, the token sent; after, the token's user, its name and the
 * roles it may use on this call. The token's value is a {@link Secret} and is dropped once checked.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final String username;
    private final String tokenName;
    private final String lookupId;
    private transient Secret sent;

    private ApiTokenAuthentication(Secret sent) {
        super(AuthorityUtils.NO_AUTHORITIES);
        this.username = "";
        this.tokenName = "";
        this.lookupId = "";
        this.sent = sent;
    }

    private ApiTokenAuthentication(String username, String tokenName, String lookupId, Set<Role> roles) {
        super(AuthorityUtils.createAuthorityList(
                roles.stream().map(Role::authority).toList()));
        this.username = username;
        this.tokenName = tokenName;
        this.lookupId = lookupId;
        this.sent = null;
        setAuthenticated(true);
    }

    static ApiTokenAuthentication sent(Secret token) {
        return new ApiTokenAuthentication(token);
    }

    static ApiTokenAuthentication checked(String username, String tokenName, String lookupId, Set<Role> roles) {
        return new ApiTokenAuthentication(username, tokenName, lookupId, roles);
    }

    Secret sentToken() {
        return sent == null ? Secret.empty() : sent;
    }

    String tokenName() {
        return tokenName;
    }

    String lookupId() {
        return lookupId;
    }

    @Override
    public Object getCredentials() {
        return sent;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public void eraseCredentials() {
        sent = null;
    }

    @Override
    public String toString() {
        return "ApiTokenAuthentication[user=" + username + ", token=" + tokenName + ", authorities=" + getAuthorities()
                + "]";
    }
}
