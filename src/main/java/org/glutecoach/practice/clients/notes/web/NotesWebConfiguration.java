package org.glutecoach.practice.clients.notes.web;

import java.util.List;
import org.glutecoach.identity.StaffOnlyPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notes' pages are the staff's; the retention list, subject access downloads and note templates the owner's
 * alone. Which client a staff member may see is the clients module's rule, applied in the service (404 otherwise).
 */
@Configuration(proxyBeanMethods = false)
class NotesWebConfiguration {

    @Bean
    StaffOnlyPaths notesStaffPaths() {
        return new StaffOnlyPaths(
                List.of("/practice/clients/*/notes", "/practice/clients/*/notes/**", "/practice/drafts"),
                List.of(
                        "/practice/records",
                        "/practice/note-templates",
                        "/practice/note-templates/**",
                        "/practice/clients/*/subject-access.json",
                        "/practice/clients/*/subject-access.pdf"));
    }
}
