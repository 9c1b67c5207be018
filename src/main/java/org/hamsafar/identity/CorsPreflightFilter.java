package org.hamsafar.identity;

import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hamsafar.shared.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers browsers' CORS preflight requests to the API. A preflight carries no API key, so it is
 * allowed when some active key lists the page's origin; the real request is then checked against
 * its own key's origins ({@link ApiKeyAuthenticationFilter}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CorsPreflightFilter extends OncePerRequestFilter {
    private final ApiKeys apiKeys;

    CorsPreflightFilter(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"OPTIONS".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HttpHeaders.ORIGIN) == null
                || request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (!apiKeys.anyKeyAllowsOrigin(origin)) {
            Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "origin-not-allowed",
                    "No API key allows pages from " + origin + "."));
            return;
        }
        BrowserOrigins.allow(response, origin);
        response.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE");
        response.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
        response.setHeader("Access-Control-Max-Age", "600");
        response.setStatus(HttpStatus.NO_CONTENT.value());
    }
}
