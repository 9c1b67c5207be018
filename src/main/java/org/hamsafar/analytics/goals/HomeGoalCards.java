package org.hamsafar.analytics.goals;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the goals due soonest on the dashboard's home page (view {@code web/home}), measured live:
 * the improvement loop on the front page. Added to the page's model from here, so that the
 * dashboard shell does not depend on the analytics module (which would close a cycle through
 * feedback, whose pages use the shell's formats).
 */
@Configuration(proxyBeanMethods = false)
class HomeGoalCards implements WebMvcConfigurer {
    static final String HOME_VIEW = "web/home";
    static final int HOME_GOALS = 4;
    private final CxGoals goals;

    HomeGoalCards(CxGoals goals) {
        this.goals = goals;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
                if (view != null && HOME_VIEW.equals(view.getViewName())) {
                    view.addObject("goalCards", goals.cards(HOME_GOALS, "fa".equals(LocaleContextHolder.getLocale().getLanguage())));
                    view.addObject("goalCount", goals.count());
                }
            }
        }).addPathPatterns("/");
    }
}
