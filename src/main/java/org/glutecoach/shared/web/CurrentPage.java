package org.glutecoach.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import org.glutecoach.shared.DefaultTimeZone;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address of the page being shown, for the layout's navigation: the link to the page a person is on is
 * marked {@code aria-current="page"}, so screen readers say "current page". And the site's root as this request
 * reached it, for the few attributes that must hold absolute addresses (HTML's {@code ping}). And the zone
 * times are shown in where the page has no person's own ({@code defaultZone}).
 */
@ControllerAdvice
class CurrentPage {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getServletPath();
    }

    /** Scheme, host and port as the browser used them (behind a trusted proxy, as the proxy says). */
    @ModelAttribute("siteRoot")
    String siteRoot(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    @ModelAttribute("defaultZone")
    ZoneId defaultZone() {
        return DefaultTimeZone.ZONE;
    }
}
