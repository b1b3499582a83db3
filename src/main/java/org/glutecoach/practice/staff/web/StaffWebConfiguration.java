package org.glutecoach.practice.staff.web;

import java.util.List;
import org.glutecoach.identity.StaffOnlyPaths;
import org.glutecoach.shared.web.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The links that bring someone onto the staff open before they have an account; the list is the owner's. */
@Configuration(proxyBeanMethods = false)
class StaffWebConfiguration {

    @Bean
    PublicPaths staffPublicPaths() {
        return new PublicPaths(List.of("/setup/*", "/invite/*"), List.of());
    }

    @Bean
    StaffOnlyPaths staffOwnerPaths() {
        return new StaffOnlyPaths(List.of(), List.of("/practice/therapists", "/practice/invitations/**"));
    }
}
