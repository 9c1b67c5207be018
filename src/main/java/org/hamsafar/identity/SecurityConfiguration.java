package org.hamsafar.identity;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Three filter chains: the API and the actuator authenticate by API key (stateless, no CSRF, no
 * session); the dashboard by form login with a session and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, stored with an {id} prefix so that the algorithm can be upgraded later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiKeys apiKeys) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys), AnonymousAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**").permitAll();
                    ApiAccessRules.ADMIN_ROUTES.forEach(route -> auth.requestMatchers(route).hasAuthority(ApiScope.ADMIN.authority()));
                    ApiAccessRules.INGEST_ROUTES.forEach(route ->
                            auth.requestMatchers(HttpMethod.POST, route).hasAuthority(ApiScope.INGEST.authority()));
                    ApiAccessRules.QUERY_ROUTES.forEach(route ->
                            auth.requestMatchers(HttpMethod.POST, route).hasAuthority(ApiScope.READ.authority()));
                    auth.requestMatchers(HttpMethod.GET, "/api/**").hasAuthority(ApiScope.READ.authority())
                            .requestMatchers(HttpMethod.HEAD, "/api/**").hasAuthority(ApiScope.READ.authority())
                            .anyRequest().hasAuthority(ApiScope.ADMIN.authority());
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, ApiKeys apiKeys) throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys), AnonymousAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasAuthority(ApiScope.READ.authority()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain dashboardChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/collect.js", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/swagger-ui/**", "/preferences/language").permitAll()
                        // Public survey pages and the survey widget: respondents never sign in.
                        .requestMatchers("/s/**", "/survey-widget.js").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                // The public survey forms carry no signed-in state: a forged cross-site post could only
                // send answers that anyone may send directly, so a CSRF token would protect nothing.
                // Requiring one would also give every respondent a session, and a form left open past
                // the session timeout would fail. Abuse is met there by a honeypot and a rate limit.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/s/**"))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }
}
