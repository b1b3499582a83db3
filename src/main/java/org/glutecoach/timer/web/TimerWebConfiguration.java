package org.glutecoach.timer.web;

import java.util.List;
import org.glutecoach.shared.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The timer works without signing in (settings and figures then stay on the device), so its pages are open to
 * everyone. Storing settings and events on the server needs a signed-in person: the API, and the page's own
 * {@code POST /timer/events}, are not listed here.
 */
@Configuration(proxyBeanMethods = false)
class TimerWebConfiguration {

    @Bean
    PublicPaths timerPublicPaths() {
        return new PublicPaths(List.of("/timer", "/timer/settings", "/timer/stats"), List.of());
    }
}
