package org.glutecoach.course.web;

import java.util.List;
import org.glutecoach.shared.web.PublicPaths;
import org.glutecoach.shared.web.PublicPaths.ApiCall;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The course needs no account: its pages are open, and the ones about one enrolment check its key (from the
 * mail links) or the signed-in owner. Unsubscribing accepts the one-click POST a mail client sends (RFC 8058).
 */
@Configuration(proxyBeanMethods = false)
class CourseWebConfiguration {

    @Bean
    PublicPaths coursePublicPaths() {
        return new PublicPaths(
                List.of(
                        "/course",
                        "/course/enrol",
                        "/course/enrolled",
                        "/course/confirm",
                        "/course/my",
                        "/course/my/*",
                        "/course/lessons/*",
                        "/course/lessons/*/done",
                        "/course/unsubscribe"),
                List.of(new ApiCall(HttpMethod.GET, "/api/v1/course/lessons")),
                List.of("/course/unsubscribe"));
    }
}
