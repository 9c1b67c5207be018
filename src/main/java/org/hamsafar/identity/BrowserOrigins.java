package org.hamsafar.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** CORS for API keys used from web pages: which origin a request comes from, and the headers that allow it. */
final class BrowserOrigins {
    private BrowserOrigins() {
    }

    /** The Origin names this server itself (the dashboard or the API docs calling the API). */
    static boolean isSameOrigin(HttpServletRequest request, String origin) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
        String own = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
        return own.equalsIgnoreCase(origin);
    }

    static void allow(HttpServletResponse response, String origin) {
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.addHeader("Vary", "Origin");
    }
}
