package org.glutecoach.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a signed-in browser at the second step until it is passed: after the password, a person with two-step
 * sign-in must enter a code, and a therapist without it must set it up, before any other page opens. It runs
 * just before the authorisation rules, so nothing reaches a page without passing it, and a pending step is asked
 * for first even on a page the account's role may not open.
 */
class TwoStepGate extends OncePerRequestFilter {

    /** Session flag: the password was right, the code is still to come. */
    static final String CODE_DUE = "glutecoach.two-step.code-due";
    /** Session flag: a therapist signed in without two-step sign-in and must set it up now. */
    static final String SET_UP_DUE = "glutecoach.two-step.set-up-due";

    private static final List<String> ALWAYS_OPEN =
            List.of("/sign-out", "/error", "/assets/", "/webjars/", "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var path = request.getServletPath();
        if (session != null && !ALWAYS_OPEN.stream().anyMatch(path::startsWith)) {
            if (session.getAttribute(CODE_DUE) != null && !path.equals("/sign-in/two-step")) {
                response.sendRedirect(request.getContextPath() + "/sign-in/two-step");
                return;
            }
            if (session.getAttribute(SET_UP_DUE) != null && !path.startsWith("/account/two-step")) {
                response.sendRedirect(request.getContextPath() + "/account/two-step");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
