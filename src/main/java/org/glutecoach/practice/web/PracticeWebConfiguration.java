package org.glutecoach.practice.web;

import java.util.List;
import org.glutecoach.identity.StaffOnlyPaths;
import org.glutecoach.shared.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The practice's pages anyone may see, and those only its staff may. */
@Configuration(proxyBeanMethods = false)
class PracticeWebConfiguration {

    @Bean
    PublicPaths practicePublicPaths() {
        return new PublicPaths(List.of("/practice/contact", "/practice/report-a-problem"), List.of());
    }

    @Bean
    StaffOnlyPaths practiceStaffPaths() {
        return new StaffOnlyPaths(
                List.of("/practice"),
                List.of("/practice/details", "/practice/mail", "/practice/audit", "/practice/red-flags"));
    }
}
