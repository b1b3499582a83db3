package org.glutecoach.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.identity.account.SignInSessions;
import org.glutecoach.identity.domain.Device;
import org.glutecoach.identity.domain.SignedInSessions;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What happens around the sign-in form: each try is counted (against the account, or a device it signed in from
 * before, see {@link SignInThrottle}) and tries over the limit wait before the password is even checked; the
 * failure that starts the waits warns the owner by mail; a successful sign-in is forgotten by the limit, remembers
 * the device, is audited and sent on to the second step where one is due. The messages never say whether an
 * account exists.
 */
@Component
class SignInHandlers {

    static final String SIGN_IN = "sign-in";
    private static final String COUNTED = SignInHandlers.class.getName() + ".counted";

    private final SignInThrottle throttle;
    private final RememberedDevices devices;
    private final ApplicationEventPublisher events;
    private final IdentityService identity;
    private final SignInSessions sessions;

    SignInHandlers(
            SignInThrottle throttle,
            RememberedDevices devices,
            ApplicationEventPublisher events,
            IdentityService identity,
            SignInSessions sessions) {
        this.throttle = throttle;
        this.devices = devices;
        this.events = events;
        this.identity = identity;
        this.sessions = sessions;
    }

    /** What a try counts against, worked out once per request. */
    private record Attempt(
            SignInThrottle.Counted counted, @Nullable AccountId account, int hits) {}

    OncePerRequestFilter throttleFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod()) && "/sign-in".equals(request.getServletPath()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var email = email(request);
                var account = identity.accountWithEmail(email).orElse(null);
                var counted = account == null
                        ? SignInThrottle.Counted.unknownAddress(email)
                        : devices.deviceOf(request, account)
                                .map(device -> SignInThrottle.Counted.device(account, device))
                                .orElseGet(() -> SignInThrottle.Counted.account(account));
                var counting = throttle.trySignIn(counted, request.getRemoteAddr());
                if (counting.allowed()) {
                    request.setAttribute(COUNTED, new Attempt(counted, account, counting.hits()));
                    chain.doFilter(request, response);
                } else {
                    response.sendRedirect(request.getContextPath() + "/sign-in?wait");
                }
            }
        };
    }

    AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failed) -> {
            // The try was counted before the password was checked; the one that starts the waits warns the owner
            // (one mail per attack: the count only starts again after a day's quiet or a successful sign-in).
            if (request.getAttribute(COUNTED) instanceof Attempt attempt
                    && attempt.account() != null
                    && !attempt.counted().rememberedDevice()
                    && attempt.hits() == throttle.freeTries()) {
                sessions.warnOfFailedSignIns(attempt.account());
            }
            response.sendRedirect(request.getContextPath() + "/sign-in?error");
        };
    }

    /** After the password: the second step where one is due, else back to the page asked for (or the dashboard). */
    SavedRequestAwareAuthenticationSuccessHandler success(RequestCache requestCache) {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws ServletException, IOException {
                if (authentication.getPrincipal() instanceof SignedInAccount signedIn) {
                    if (request.getAttribute(COUNTED) instanceof Attempt attempt) {
                        throttle.signedIn(attempt.counted(), request.getRemoteAddr());
                    }
                    devices.remember(request, response, signedIn.accountId());
                    events.publishEvent(AuditEvent.bySelf(signedIn.accountId().value(), AuditAction.SIGNED_IN));
                    request.getSession()
                            .setAttribute(
                                    SignedInSessions.DEVICE,
                                    Device.of(request.getHeader("User-Agent")).stored());
                    var account = identity.findAccount(signedIn.accountId()).orElseThrow();
                    if (account.twoStepEnabled()) {
                        request.getSession().setAttribute(TwoStepGate.CODE_DUE, Boolean.TRUE);
                        response.sendRedirect(request.getContextPath() + "/sign-in/two-step");
                        return;
                    }
                    if (account.mustUseTwoStep()) {
                        request.getSession().setAttribute(TwoStepGate.SET_UP_DUE, Boolean.TRUE);
                        response.sendRedirect(request.getContextPath() + "/account/two-step");
                        return;
                    }
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/dashboard");
        handler.setRequestCache(requestCache);
        return handler;
    }

    private static String email(HttpServletRequest request) {
        var email = request.getParameter("email");
        return email == null ? "" : email;
    }
}
