package org.glutecoach.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.glutecoach.shared.web.StaleFormPaths;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * A form posted without a valid token to a page that declared {@link StaleFormPaths} is forwarded to that
 * module's own page (for the self-check: its red-flag advice, or a plain "start again"); every other refusal is
 * the general one.
 */
final class StaleFormHandler implements AccessDeniedHandler {

    private record Route(PathPatternRequestMatcher matcher, String forwardTo) {}

    private final List<Route> routes;
    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    StaleFormHandler(List<StaleFormPaths> paths) {
        this.routes = paths.stream()
                .map(path -> new Route(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path.pattern()),
                        path.forwardTo()))
                .toList();
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && !response.isCommitted()) {
            for (var route : routes) {
                if (route.matcher().matches(request)) {
                    request.getRequestDispatcher(route.forwardTo()).forward(request, response);
                    return;
                }
            }
        }
        otherwise.handle(request, response, denied);
    }
}
