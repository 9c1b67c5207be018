package org.hamsafar.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds what every dashboard page's layout needs (language, direction, user, role, current path)
 * to pages that render a view; API responses are left alone.
 */
class LayoutModelInterceptor implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")) {
            return;
        }
        String language = LocaleContextHolder.getLocale().getLanguage();
        view.addObject("lang", language);
        view.addObject("dir", "fa".equals(language) ? "rtl" : "ltr");
        String query = request.getQueryString();
        view.addObject("currentPath", request.getRequestURI() + (query == null ? "" : "?" + query));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        view.addObject("signedInUser", signedIn ? authentication.getName() : null);
        view.addObject("isAdmin", signedIn && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority())));
    }
}
