package org.glutecoach.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The headline of the OpenAPI document served at {@code /api/v1/openapi.json}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI gluteCoachApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Glute Coach API")
                        .version("v1")
                        .description("The same capabilities as the pages, as JSON. Instants are ISO-8601 in UTC. "
                                + "Errors are application/problem+json (RFC 9457). Authenticate with a personal "
                                + "access token made on the account page: Authorization: Bearer gc_...; a READ "
                                + "token may only read, a READ_WRITE token may also change.")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal access token from the account page")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
