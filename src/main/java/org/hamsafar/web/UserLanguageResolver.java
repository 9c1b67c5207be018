package org.hamsafar.web;

import java.util.Locale;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.hamsafar.identity.UserAccounts;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The dashboard's language: the signed-in user's stored choice (kept in the session once read),
 * otherwise a cookie set by the language switch, otherwise the browser's preference between fa
 * and en, otherwise the configured default.
 */
class UserLanguageResolver implements LocaleResolver {
    static final String SESSION_ATTRIBUTE = UserLanguageResolver.class.getName() + ".language";
    static final String COOKIE = "hamsafar-lang";
    private final UserAccounts users;
    private final String defaultLanguage;

    UserLanguageResolver(UserAccounts users, String defaultLanguage) {
        this.users = users;
        this.defaultLanguage = supported(defaultLanguage) ? defaultLanguage : "fa";
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String language) {
            return Locale.forLanguageTag(language);
        }
        String username = signedInUser();
        if (username != null) {
            String language = users.findByUsername(username).map(u -> u.language()).orElse(defaultLanguage);
            request.getSession().setAttribute(SESSION_ATTRIBUTE, language);
            return Locale.forLanguageTag(language);
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && supported(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            for (Locale.LanguageRange range : parse(header)) {
                String language = range.getRange().split("-")[0];
                if (supported(language)) {
                    return Locale.forLanguageTag(language);
                }
            }
        }
        return Locale.forLanguageTag(defaultLanguage);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String language = locale == null ? defaultLanguage : locale.getLanguage();
        HttpSession session = request.getSession(false);
        if (session != null || signedInUser() != null) {
            request.getSession().setAttribute(SESSION_ATTRIBUTE, language);
        }
        Cookie cookie = new Cookie(COOKIE, language);
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    static boolean supported(String language) {
        return UserAccounts.LANGUAGES.contains(language);
    }

    private static String signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    private static java.util.List<Locale.LanguageRange> parse(String header) {
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return java.util.List.of();
        }
    }
}
