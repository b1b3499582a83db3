package org.glutecoach.selfcheck.web;

import java.util.List;
import org.glutecoach.shared.web.PublicPaths;
import org.glutecoach.shared.web.PublicPaths.ApiCall;
import org.glutecoach.shared.web.StaleFormPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The self-check is for anyone, signed in or not; evaluating stores nothing. Keeping a result starts from a
 * public page too (it can create the account); the kept results need signing in.
 */
@Configuration(proxyBeanMethods = false)
class SelfCheckWebConfiguration {

    private static final String CALL_TAPPED = "/self-check/red-flag-events/*/call-tapped";

    /** Where a step posted after the session lapsed goes (see {@link SelfCheckPages#timedOut}). */
    static final String TIMED_OUT = "/self-check/timed-out";

    @Bean
    PublicPaths selfCheckPublicPaths() {
        return new PublicPaths(
                List.of(
                        "/self-check",
                        "/self-check/keep",
                        "/self-check/keep/sign-up",
                        "/self-check/keep/sign-in",
                        TIMED_OUT,
                        CALL_TAPPED),
                List.of(
                        new ApiCall(HttpMethod.GET, "/api/v1/self-check/questionnaire"),
                        new ApiCall(HttpMethod.POST, "/api/v1/self-check/evaluations")),
                // A browser's ping cannot carry our token; it can only mark a call as tapped, by a random id.
                List.of(CALL_TAPPED));
    }

    /**
     * A step posted with a lapsed form token (an idle session, cleared cookies) must not lose a "yes" to a red
     * flag behind a refusal: it is forwarded to a page that shows the advice, or asks to start again.
     */
    @Bean
    StaleFormPaths selfCheckStaleForms() {
        return new StaleFormPaths("/self-check", TIMED_OUT);
    }
}
