package org.glutecoach.routines.web;

import java.util.List;
import org.glutecoach.shared.web.PublicPaths;
import org.glutecoach.shared.web.PublicPaths.ApiCall;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The library and the ready-made routines are open to everyone, like the questionnaire; playing one signs in. */
@Configuration(proxyBeanMethods = false)
class RoutinesWebConfiguration {

    @Bean
    PublicPaths routinesPublicPaths() {
        return new PublicPaths(
                List.of("/routines", "/routines/exercises/*", "/routines/*"),
                List.of(
                        new ApiCall(HttpMethod.GET, "/api/v1/routines/exercises"),
                        new ApiCall(HttpMethod.GET, "/api/v1/routines/exercises/*"),
                        new ApiCall(HttpMethod.GET, "/api/v1/routines"),
                        new ApiCall(HttpMethod.GET, "/api/v1/routines/*")));
    }
}
