package org.hamsafar.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /api/docs/openapi.json (UI at /api/docs). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI hamsafarOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Hamsafar API").version("v1")
                        .description("""
                                Customer experience management. Authenticate with `Authorization: Bearer <API key>`.
                                Scopes: `ingest` (collection only), `read`, `admin` (everything).
                                Errors are RFC 9457 `application/problem+json` with `type`, `title`, `status`, `detail`
                                and, for invalid input, `errors: [{field, message}]`. Lists are paged with `limit` and
                                `cursor` (pass the `nextCursor` of the previous page). Times are ISO-8601 in UTC.""")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("An API key such as hs_...")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
