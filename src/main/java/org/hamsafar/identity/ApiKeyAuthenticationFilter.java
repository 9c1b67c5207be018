package org.hamsafar.identity;

import java.io.IOException;
import java.util.Optional;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hamsafar.shared.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests by {@code Authorization: Bearer <secret>}. A request without the header
 * goes on unauthenticated (and is refused later where a scope is needed); a header with an unknown
 * or revoked secret is refused at once with 401. A request from a web page (with an Origin header
 * of another site) is accepted only from the key's allowed origins, and then gets the CORS header.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";
    private final ApiKeys apiKeys;

    ApiKeyAuthenticationFilter(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKey> key = apiKeys.authenticate(header.substring(BEARER.length()).strip());
        if (key.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized",
                    "The API key is unknown or has been revoked."));
            return;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !BrowserOrigins.isSameOrigin(request, origin)) {
            if (!key.get().allowedOrigins().contains(origin)) {
                Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "origin-not-allowed",
                        "Pages from " + origin + " may not use this API key; add the origin to the key's allowed origins."));
                return;
            }
            BrowserOrigins.allow(response, origin);
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(key.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
