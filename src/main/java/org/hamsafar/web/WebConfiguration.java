package org.hamsafar.web;

import org.hamsafar.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LayoutModelInterceptor());
    }

    /**
     * The UI strings: messages_fa.properties and messages_en.properties. Declared here because Boot
     * only configures one when a base messages.properties exists, and a base file would hide a key
     * missing in one language behind a silent fallback.
     */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** Named so that the DispatcherServlet finds it. */
    @Bean
    LocaleResolver localeResolver(UserAccounts users, @Value("${hamsafar.default-language:fa}") String defaultLanguage) {
        return new UserLanguageResolver(users, defaultLanguage);
    }
}
