package org.hamsafar.identity;

import java.util.List;
import org.springframework.util.AntPathMatcher;

/**
 * Which scope each API route needs. Administration needs {@code admin}; collection endpoints need
 * {@code ingest}; other reads need {@code read}; other writes need {@code admin}. Modules add their
 * collection endpoints to {@link #INGEST_ROUTES}.
 */
final class ApiAccessRules {
    private static final AntPathMatcher PATHS = new AntPathMatcher();
    // Webhook endpoints and notification logs show URLs (which may hold secrets) and staff addresses.
    static final List<String> ADMIN_ROUTES = List.of("/api/v1/api-keys/**", "/api/v1/users/**", "/api/v1/audit/**",
            "/api/v1/webhooks/**", "/api/v1/notifications/**");
    /** POST routes that an ingest key may call (collection from websites and apps). */
    static final List<String> INGEST_ROUTES = List.of("/api/v1/events/**", "/api/v1/surveys/*/responses");
    /** POST routes that only compute an answer and change nothing, so a read key may call them. */
    static final List<String> QUERY_ROUTES = List.of("/api/v1/text/analyze", "/api/v1/journeys/funnels/query",
            "/api/v1/journeys/funnels/dropped", "/api/v1/journeys/paths/query", "/api/v1/journeys/channel-switching/query",
            "/api/v1/journeys/peak-end/query", "/api/v1/analytics/cohorts/query", "/api/v1/analytics/segments/preview",
            "/api/v1/analytics/clv/fit", "/api/v1/analytics/experiments/*", "/api/v1/analytics/drivers", "/api/v1/analytics/forecast",
            // Computed at once up to a size; a larger request would queue a job, which the controller keeps for admin keys.
            "/api/v1/analytics/basket/rules");

    private ApiAccessRules() {
    }

    static ApiScope requiredScope(String method, String path) {
        if (ADMIN_ROUTES.stream().anyMatch(route -> matches(route, path))) {
            return ApiScope.ADMIN;
        }
        if ("POST".equals(method) && INGEST_ROUTES.stream().anyMatch(route -> matches(route, path))) {
            return ApiScope.INGEST;
        }
        if ("POST".equals(method) && QUERY_ROUTES.stream().anyMatch(route -> matches(route, path))) {
            return ApiScope.READ;
        }
        return "GET".equals(method) || "HEAD".equals(method) ? ApiScope.READ : ApiScope.ADMIN;
    }

    private static boolean matches(String route, String path) {
        return PATHS.match(route, path);
    }
}
