package org.glutecoach.shared.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves our copy of Swagger UI's {@code index.css} in place of its own (a handler mapping wins over the
 * WebJar's resources): the same rules plus colours and sizes that meet WCAG 2.2 AA contrast.
 */
@Controller
class ApiDocsStyles {

    private static final Resource STYLES = new ClassPathResource("api-docs/index.css");

    @GetMapping("/swagger-ui/index.css")
    ResponseEntity<Resource> styles() {
        return ResponseEntity.ok().contentType(MediaType.valueOf("text/css")).body(STYLES);
    }
}
