package org.glutecoach.privacy.web;

import java.util.List;
import org.glutecoach.shared.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The privacy notice is for everyone, signed in or not. */
@Configuration(proxyBeanMethods = false)
class PrivacyWebConfiguration {

    @Bean
    PublicPaths privacyPublicPaths() {
        return new PublicPaths(List.of("/privacy"), List.of());
    }
}
