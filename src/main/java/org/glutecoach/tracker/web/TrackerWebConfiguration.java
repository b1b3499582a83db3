package org.glutecoach.tracker.web;

import java.util.List;
import org.glutecoach.shared.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tracker needs a signed-in person, except for the reminder mail's stop page: its key is the access, and it
 * takes the one-click POST a mail client sends (RFC 8058).
 */
@Configuration(proxyBeanMethods = false)
class TrackerWebConfiguration {

    @Bean
    PublicPaths trackerPublicPaths() {
        return new PublicPaths(List.of("/tracker/reminder/stop"), List.of(), List.of("/tracker/reminder/stop"));
    }
}
