package org.hamsafar.web;

import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hamsafar.identity.UserAccounts;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The fa/en switch: remembered for the signed-in user, and in a cookie for the sign-in page. */
@Controller
class LanguageController {
    private final UserAccounts users;
    private final LocaleResolver localeResolver;

    LanguageController(UserAccounts users, LocaleResolver localeResolver) {
        this.users = users;
        this.localeResolver = localeResolver;
    }

    @PostMapping("/preferences/language")
    String change(@RequestParam String lang, @RequestParam(required = false) String back,
                  HttpServletRequest request, HttpServletResponse response) {
        String language = UserLanguageResolver.supported(lang) ? lang : "fa";
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
            users.changeLanguage(authentication.getName(), language);
        }
        localeResolver.setLocale(request, response, Locale.forLanguageTag(language));
        return "redirect:" + safeLocalPath(back);
    }

    /** Only paths on this site, so that the switch cannot be used as an open redirect. */
    static String safeLocalPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.contains("\r") || back.contains("\n")) {
            return "/";
        }
        return back;
    }
}
