package org.glutecoach.identity.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.glutecoach.identity.AccountId;
import org.glutecoach.shared.SealedSecrets;
import org.glutecoach.shared.Secrets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The device cookie: set at a successful sign-in, it names the account and a random device id, sealed with the
 * secret key (so nobody can forge one for another account or device). With it, sign-in tries are counted for
 * that device alone: failures from elsewhere do not lock the owner out of a device they signed in from before.
 * It is sent only to the sign-in form, never readable by scripts, and Secure behind TLS.
 */
@Component
class RememberedDevices {

    static final String COOKIE = "DEVICE";

    private final SealedSecrets sealed;
    private final Duration lifetime;

    RememberedDevices(SealedSecrets sealed, SignInSettings settings) {
        this.sealed = sealed;
        this.lifetime = Duration.ofDays(settings.deviceDays());
    }

    /** The device id, if the request carries a genuine device cookie of this account. */
    Optional<String> deviceOf(HttpServletRequest request, AccountId account) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                var opened = open(cookie.getValue());
                if (opened.length == 2 && opened[0].equals(account.value().toString())) {
                    return Optional.of(opened[1]);
                }
            }
        }
        return Optional.empty();
    }

    /** Remembers this device for the account (the same id again if it was remembered already). */
    void remember(HttpServletRequest request, HttpServletResponse response, AccountId account) {
        var device = deviceOf(request, account).orElseGet(() -> Secrets.random(16));
        var cookie = ResponseCookie.from(COOKIE, sealed.seal(account.value() + " " + device))
                .path(request.getContextPath() + "/sign-in")
                .maxAge(lifetime)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Strict")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private String[] open(String value) {
        if (!SealedSecrets.isSealed(value)) {
            // open() passes unsealed text through (for secrets stored before sealing): a cookie must be sealed.
            return new String[0];
        }
        try {
            return sealed.open(value).split(" ");
        } catch (RuntimeException forgedOrFromAnotherKey) {
            return new String[0];
        }
    }
}
