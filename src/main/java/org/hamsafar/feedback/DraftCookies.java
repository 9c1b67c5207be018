package org.hamsafar.feedback;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;

/**
 * The cookie that names a visitor's draft of one survey ({@code hs_draft_{surveyKey}}), so that
 * leaving the form and coming back resumes it: sent only to that survey's page, kept 30 days,
 * never readable by scripts.
 */
final class DraftCookies {
    static final String COOKIE_PREFIX = "hs_draft_";
    private static final int COOKIE_DAYS = 30;

    private DraftCookies() {
    }

    static String read(HttpServletRequest request, String surveyKey) {
        if (request.getCookies() == null) {
            return null;
        }
        return Arrays.stream(request.getCookies()).filter(c -> (COOKIE_PREFIX + surveyKey).equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    static void set(HttpServletResponse response, String surveyKey, String draftId, HttpServletRequest request) {
        response.addCookie(cookie(surveyKey, draftId, COOKIE_DAYS * 24 * 3600, request));
    }

    static void clear(HttpServletResponse response, String surveyKey, HttpServletRequest request) {
        response.addCookie(cookie(surveyKey, "", 0, request));
    }

    private static Cookie cookie(String surveyKey, String value, int maxAge, HttpServletRequest request) {
        Cookie cookie = new Cookie(COOKIE_PREFIX + surveyKey, value);
        cookie.setPath("/s/" + surveyKey);
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
