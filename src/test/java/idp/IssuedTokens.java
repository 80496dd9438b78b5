package idp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The provider's store of authorizations, which also remembers the value of every code and token it issued, so that
 * a test can search the console's database, log and pages for them.
 */
public final class IssuedTokens implements OAuth2AuthorizationService {

    private final OAuth2AuthorizationService store = new InMemoryOAuth2AuthorizationService();

    private final List<String> values = new CopyOnWriteArrayList<>();

    @Override
    public void save(OAuth2Authorization authorization) {
        store.save(authorization);
        List.of(OAuth2AuthorizationCode.class, OAuth2AccessToken.class, OAuth2RefreshToken.class, OidcIdToken.class)
                .forEach(type -> {
                    OAuth2Authorization.Token<? extends OAuth2Token> token = authorization.getToken(type);
                    if (token != null && !values.contains(token.getToken().getTokenValue())) {
                        values.add(token.getToken().getTokenValue());
                    }
                });
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        store.remove(authorization);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return store.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return store.findByToken(token, tokenType);
    }

    public List<String> values() {
        return List.copyOf(values);
    }
}
