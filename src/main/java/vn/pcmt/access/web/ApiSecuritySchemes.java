package vn.pcmt.access.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's two ways in, as the OpenAPI description states them: a personal access token, or HTTP Basic. */
@Configuration(proxyBeanMethods = false)
class ApiSecuritySchemes {

    @Bean
    OpenApiCustomizer tokenAndBasicSecuritySchemes() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents()
                    .addSecuritySchemes(
                            "token",
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .description("A personal access token (pcmt_…), created on the account page or"
                                            + " by POST /api/v1/me/tokens"))
                    .addSecuritySchemes(
                            "basic",
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("basic")
                                    .description("Username and password; changes only with a JSON body"));
            api.addSecurityItem(new SecurityRequirement().addList("token"));
            api.addSecurityItem(new SecurityRequirement().addList("basic"));
        };
    }
}
