package org.hamsafar.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An API request authenticated by a key; its authorities are the key's effective scopes. */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {
    private final transient ApiKey apiKey;

    ApiKeyAuthentication(ApiKey apiKey) {
        super(ApiScope.effective(apiKey.scopes()).stream()
                .map(scope -> new SimpleGrantedAuthority(scope.authority()))
                .toList());
        this.apiKey = apiKey;
        setAuthenticated(true);
    }

    public ApiKey apiKey() {
        return apiKey;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return apiKey.name();
    }

    @Override
    public String getName() {
        return apiKey.name();
    }
}
