package org.glutecoach.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * What someone not signed in gets for a page that needs signing in: the sign-in page, but "not found" for an
 * address that no page answers (a mistyped link), which signing in would not mend.
 */
final class NotFoundOrSignIn implements AuthenticationEntryPoint {

    private final ObjectProvider<RequestMappingHandlerMapping> pages;
    private final RequestCache requestCache;
    private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/sign-in");

    NotFoundOrSignIn(ObjectProvider<RequestMappingHandlerMapping> pages, RequestCache requestCache) {
        this.pages = pages;
        this.requestCache = requestCache;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException denied)
            throws IOException, jakarta.servlet.ServletException {
        if (answered(request)) {
            signIn.commence(request, response, denied);
        } else {
            requestCache.removeRequest(request, response); // nothing to come back to after signing in
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private boolean answered(HttpServletRequest request) {
        var parsedBefore = ServletRequestPathUtils.hasParsedRequestPath(request);
        if (!parsedBefore) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            return pages.getObject().getHandler(request) != null;
        } catch (Exception anotherMethodOrType) {
            return true; // the address exists, for another method or content type: signing in may still help
        } finally {
            if (!parsedBefore) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
