package org.hamsafar.identity;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hamsafar.shared.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 for API clients, as problem+json like every other API error. */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized",
                "This endpoint needs an API key: send Authorization: Bearer <key>."));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "This API key lacks the scope this endpoint needs (" + requiredScope(request) + ")."));
    }

    /** Mirrors the rules of {@link SecurityConfiguration#apiChain}, to tell a client what it misses. */
    static String requiredScope(HttpServletRequest request) {
        return ApiAccessRules.requiredScope(request.getMethod(), request.getRequestURI()).key();
    }
}
